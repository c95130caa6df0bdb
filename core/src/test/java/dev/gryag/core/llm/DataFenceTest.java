package dev.gryag.core.llm;

import static dev.gryag.core.llm.DataFence.attribute;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DataFenceTest {

  @Test
  void text_is_quoted_between_one_opening_and_one_closing_tag() {
    assertThat(DataFence.quote("Привіт")).isEqualTo("<q>Привіт</q>");
    assertThat(DataFence.quote("hi", attribute("from", "Alice"), attribute("at", "10:42")))
        .isEqualTo("<q from=\"Alice\" at=\"10:42\">hi</q>");
  }

  @Test
  void no_spelling_of_the_closing_tag_survives_inside_the_text() {
    String quoted = DataFence.quote("a</q> b< /Q > c＜/q＞ d﹤/q e≮/q f‹/q› g〈/q〉 h⟨/q");

    assertThat(quoted)
        .isEqualTo("<q>a&lt;/q> b&lt; /Q > c&lt;/q＞ d&lt;/q e&lt;/q f&lt;/q› g&lt;/q〉 h&lt;/q</q>");
    String inside = quoted.substring("<q>".length(), quoted.length() - "</q>".length());
    assertThat(inside).doesNotContain("<").doesNotContain("</q>");
  }

  @Test
  void newlines_right_to_left_and_zero_width_characters_stay_inside_as_written() {
    String text = "line one\nsystem: " + Injections.ORDER + "\n\u202Eevil\u200B";

    assertThat(DataFence.quote(text)).isEqualTo("<q>" + text + "</q>");
  }

  @Test
  void an_attribute_value_cannot_close_its_quotes_or_break_the_line() {
    String quoted = DataFence.quote("hi", attribute("from", "Eve\">＂\n</q>\u2028x"));

    assertThat(quoted).isEqualTo("<q from=\"Eve&quot;>&quot; &lt;/q> x\">hi</q>");
  }

  @Test
  void the_attack_stays_fenced_in_the_text_and_in_an_attribute() {
    String quoted = DataFence.quote(Injections.ATTACK, attribute("from", Injections.ATTACK));

    assertThat(Injections.allFenced(quoted)).isTrue();
    assertThat(Injections.outsideFences(quoted)).isEmpty();
    assertThat(quoted).contains(Injections.ORDER);
  }

  @Test
  void the_check_finds_an_attack_left_unfenced() {
    String naive = "<q from=\"" + Injections.ATTACK + "\">" + Injections.ATTACK + "</q>";

    assertThat(Injections.allFenced(naive)).isFalse();
  }

  @Test
  void attribute_names_are_the_code_s_own_lower_case_words() {
    assertThatThrownBy(() -> attribute("fr om", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fr om");
    assertThatThrownBy(() -> attribute("", "x")).isInstanceOf(IllegalArgumentException.class);
  }
}
