package dev.gryag.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SizesTest {

  @ParameterizedTest(name = "{0} is {1} bytes")
  @CsvSource(
      delimiter = '|',
      value = {
        "4194304  | 4194304",
        "0        | 0",
        "100B     | 100",
        "10MB     | 10000000",
        "10mb     | 10000000",
        "10 MB    | 10000000",
        "512KiB   | 524288",
        "512kib   | 524288",
        "4MiB     | 4194304",
        "1GiB     | 1073741824",
        "2GB      | 2000000000",
        "1TiB     | 1099511627776",
        "1.5KiB   | 1536",
        "1.5MB    | 1500000",
        "1KB      | 1000",
      })
  void theOneGrammarReads(String text, long bytes) {
    assertThat(Sizes.parse(text)).isEqualTo(bytes);
  }

  @ParameterizedTest(name = "\"{0}\" is refused")
  @ValueSource(strings = {"", "big", "-1", "10 M", "10MBs", "1.5B", "0.1KiB", "9999999TiB", "KiB"})
  void everythingElseIsRefusedSayingWhatIsAllowed(String text) {
    assertThatThrownBy(() -> Sizes.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("expected a size like 4096, 512KiB or 10MB");
  }

  @ParameterizedTest(name = "{1} bytes are written {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "4MiB   | 4194304",
        "1KiB   | 1024",
        "10MB   | 10000000",
        "1500B  | 1500",
        "0B     | 0",
      })
  void formatWritesTheLargestWholeUnit(String text, long bytes) {
    assertThat(Sizes.format(bytes)).isEqualTo(text);
  }
}
