package dev.gryag.app.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gryag.app.cli.GryagCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class BenchCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = GryagCli.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void benchListsTheAnalyzerBenchmark() {
    assertThat(run("bench", "--help")).isZero();
    assertThat(out.toString()).contains("Usage: gryag bench").contains("analyzer");
  }

  @Test
  void analyzerHelpDescribesEveryOption() {
    assertThat(run("bench", "analyzer", "--help")).isZero();
    assertThat(out.toString())
        .contains("--messages", "--repeated", "--duration", "--warmup", "--seed", "default: 20000");
  }

  @Test
  void aShortRunPrintsEveryFigure() {
    int code =
        run(
            "bench",
            "analyzer",
            "--messages",
            "60",
            "--repeated",
            "10",
            "--duration",
            "0.05",
            "--warmup",
            "0");

    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString())
        .contains("JDK " + Runtime.version().feature())
        .contains(Runtime.getRuntime().availableProcessors() + " cores")
        .contains("cold (cache off)")
        .contains("warm (cache on, 10 texts)")
        .contains("msgs/s per core")
        .contains("bytes/msg")
        .containsPattern("one [\\d,]+-char message");
  }

  @Test
  void nonsenseOptionsAreAUsageError() {
    assertThat(run("bench", "analyzer", "--messages", "0")).isEqualTo(2);
    assertThat(err.toString()).contains("--messages");
  }

  @Test
  void messagesAreTypicalChatLengthAndRepeatableForASeed() {
    BenchMessages source = BenchMessages.load();
    String[] first = source.generate(300, 7);

    assertThat(source.generate(300, 7)).containsExactly(first);
    for (String message : first) {
      int words = message.split("\\s+").length;
      assertThat(words).as(message).isBetween(5, 31);
    }
    assertThat(BenchMessages.meanWords(first)).isBetween(12.0, 23.0);
  }
}
