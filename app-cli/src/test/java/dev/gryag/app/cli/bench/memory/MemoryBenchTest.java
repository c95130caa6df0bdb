package dev.gryag.app.cli.bench.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gryag.app.cli.GryagCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class MemoryBenchTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = GryagCli.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void helpSaysWhatIsMeasured() {
    assertThat(run("bench", "memory", "--help")).isZero();
    assertThat(out.toString())
        .contains("Evidence recall", "recency", "BM25", "--budgets", "--store", "--format");
  }

  @Test
  void aSmallRunPrintsARowPerBudgetAndKind() {
    int code =
        run(
            "bench",
            "memory",
            "--sessions",
            "8",
            "--turns-per-session",
            "20",
            "--questions",
            "12",
            "--budgets",
            "2000,6000");

    assertThat(code).as(err.toString()).isZero();
    List<String> lines = out.toString().lines().toList();
    assertThat(lines.getFirst()).contains("5 members, 8 sessions", "12 questions; store: memory");
    List<String> rows = lines.stream().filter(l -> l.matches(" *\\d+  [a-z]+ .*")).toList();
    assertThat(rows).hasSize(10);
    for (String budget : List.of("2000", "6000")) {
      for (String kind : List.of("single", "multi", "temporal", "inference", "all")) {
        assertThat(rows)
            .anyMatch(
                r -> r.matches(" *" + budget + "  " + kind + " +\\d+ +\\d+( +[01]\\.\\d\\d){4}"));
      }
    }
    assertThat(rows).anyMatch(r -> r.matches(" *2000  all +12 .*"));
    assertThat(lines)
        .anyMatch(
            l -> l.matches("assembly time per question at 6,000 tokens: p50 .* ms, p99 .* ms"));
    assertThat(err.toString()).contains("measured 12 questions at 2,000 tokens");
  }

  @Test
  void jsonHoldsTheSameFigures() {
    int code =
        run(
            "bench",
            "memory",
            "--sessions",
            "8",
            "--turns-per-session",
            "20",
            "--questions",
            "8",
            "--budgets",
            "2000",
            "--format",
            "json");

    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString().strip())
        .startsWith("{\"seed\":1,\"members\":5,\"sessions\":8,")
        .contains("\"budgets\":[{\"budget\":2000,\"assemblyMillis\":{\"p50\":")
        .contains("{\"kind\":\"all\",\"questions\":8,")
        .endsWith("]}]}");
  }

  @Test
  void aBudgetBelowTheMinimumIsAUsageError() {
    assertThat(run("bench", "memory", "--budgets", "100")).isEqualTo(2);
    assertThat(err.toString()).contains("--budgets: each must be at least 512, was 100");
  }
}
