package dev.gryag.core.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SurfaceFormsTest {

  @Test
  void findsTheShortestWordStartingWithTheStem() {
    SurfaceForms forms = new SurfaceForms("Походи в гори: похід, ПОХОДУ і походи знову");

    assertThat(forms.of("поход")).isEqualTo("походи");
    assertThat(forms.of("гор")).isEqualTo("гори");
  }

  @Test
  void ignoresTheStemInsideAnotherWordAndKeepsApostrophes() {
    SurfaceForms forms = new SurfaceForms("невідомо, хто з'їв сир; відомо, що з'їли");

    assertThat(forms.of("відом")).isEqualTo("відомо");
    assertThat(forms.of("з'ї")).isEqualTo("з'їв");
  }

  @Test
  void fallsBackToTheStemWhenNoWordStartsWithIt() {
    assertThat(new SurfaceForms("ёлка").of("елк")).isEqualTo("елк");
  }
}
