package dev.gryag.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SettingTest {

  @Test
  void aSettingIsDeclaredWithAValidKeyAndOneSentence() {
    assertThatThrownBy(() ->
            Setting.of("gryag_x", SettingGroup.ADVANCED, SettingTypes.text(), "", "Lower case."))
        .hasMessageContaining("upper-case");
    assertThatThrownBy(() ->
            Setting.of("GRYAG_X", SettingGroup.ADVANCED, SettingTypes.text(), "", "No full stop"))
        .hasMessage("GRYAG_X: doc must be one sentence ending with '.'");
  }

  @Test
  void theCommonTypesReadTheirValues() {
    assertThat(SettingTypes.bool().parse("yes")).isTrue();
    assertThat(SettingTypes.bool().parse("OFF")).isFalse();
    assertThat(SettingTypes.integer(1, Integer.MAX_VALUE).range()).isEqualTo("at least 1");
    assertThat(SettingTypes.size(1024).parse("4MiB")).isEqualTo(4L << 20);
    assertThat(SettingTypes.size(1024).range()).isEqualTo("at least 1KiB");
    assertThatThrownBy(() -> SettingTypes.size(1024).parse("1000"))
        .hasMessage("expected a size of at least 1KiB");
    assertThat(SettingTypes.pairs().parse("A=x, B = y"))
        .containsExactly(Map.entry("A", "x"), Map.entry("B", "y"));
    assertThatThrownBy(() -> SettingTypes.pairs().parse("HIGH"))
        .hasMessage("expected NAME=VALUE pairs separated by commas");
    assertThat(SettingTypes.httpUrl().parse("")).isNull();
    assertThat(SettingTypes.httpUrl().parse("https://api.telegram.org"))
        .isEqualTo(URI.create("https://api.telegram.org"));
    assertThatThrownBy(() -> SettingTypes.httpUrl().parse("nowhere"))
        .hasMessage("expected an http:// or https:// URL");
    assertThat(SettingTypes.httpUrl().show("https://u:p@proxy/v1", false))
        .isEqualTo("https://u:****@proxy/v1");
    assertThat(SettingTypes.path().parse("/srv/gryag/../data")).isEqualTo(Path.of("/srv/data"));
    assertThat(SettingTypes.integer(1, 10).optional().parse("")).isEmpty();
    assertThat(SettingTypes.integer(1, 10).optional().parse("3")).isEqualTo(Optional.of(3));
    assertThat(SettingTypes.oneOf(java.util.List.of("gemini", "openai")).parse("OpenAI"))
        .isEqualTo("openai");
  }
}
