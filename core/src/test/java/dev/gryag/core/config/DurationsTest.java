package dev.gryag.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "0         | PT0S",
        "90s       | PT1M30S",
        "15m       | PT15M",
        "2h        | PT2H",
        "7d        | PT168H",
        "500ms     | PT0.5S",
        "1h30m     | PT1H30M",
        "1d12h     | PT36H",
        "2h0m1s    | PT2H1S",
        "1m30.5s   | PT1M30.5S",
        "1.5h      | PT1H30M",
        "1h 30m    | PT1H30M",
        "30 s      | PT30S",
        "90S       | PT1M30S",
        "1H30M     | PT1H30M",
        "PT90S     | PT1M30S",
        "pt2m      | PT2M",
        "P7D       | PT168H",
        "P1DT2H    | PT26H",
        "'  45s  ' | PT45S",
        "120000ms  | PT2M",
      })
  void theOneGrammarReads(String text, String iso) {
    assertThat(Durations.parse(text)).isEqualTo(Duration.parse(iso));
  }

  @ParameterizedTest(name = "\"{0}\" is refused")
  @ValueSource(
      strings = {
        "",
        "abc",
        "soon",
        "90",
        "5 seconds",
        "30m1h",
        "1m1m",
        "1w",
        "-5s",
        "PT-5S",
        "1h-30m",
        "s",
        "1.s",
        "10000000000000000000d"
      })
  void everythingElseIsRefusedSayingWhatIsAllowed(String text) {
    assertThatThrownBy(() -> Durations.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("expected a duration like 90s, 15m, 2h, 7d, 1h30m or PT90S");
  }

  @ParameterizedTest(name = "{1} is written {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "0s    | PT0S",
        "90s   | PT90S",
        "10m   | PT10M",
        "36h   | PT36H",
        "730d  | PT17520H",
        "1500ms| PT1.5S",
        "PT0.0005S | PT0.0005S",
      })
  void formatWritesTheLargestWholeUnit(String text, String iso) {
    assertThat(Durations.format(Duration.parse(iso))).isEqualTo(text);
  }
}
