package dev.gryag.app.cli.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressMeterTest {

  @Test
  void showsTheBytesReadAndTheMessageRateOnTheGivenStream() throws IOException {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    byte[] file = new byte[3 << 20];
    try (ProgressMeter meter =
            ProgressMeter.onTerminal("Reading x.json", file.length, new PrintStream(err, true));
        InputStream in = meter.track(new ByteArrayInputStream(file))) {
      assertThat(in.readAllBytes()).hasSize(file.length);
      for (int i = 0; i < 8192; i++) {
        meter.message();
      }
    }

    String shown = err.toString(StandardCharsets.UTF_8);
    assertThat(shown).contains("Reading x.json").contains("3/3 MiB").contains("8,192 msgs");
  }

  @Test
  void aSilentMeterLeavesTheStreamAsItIs() throws IOException {
    InputStream original = new ByteArrayInputStream(new byte[10]);
    try (ProgressMeter meter = ProgressMeter.silent()) {
      assertThat(meter.track(original)).isSameAs(original);
      meter.message();
    }
  }
}
