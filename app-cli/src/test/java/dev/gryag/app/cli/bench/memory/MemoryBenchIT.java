package dev.gryag.app.cli.bench.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gryag.app.cli.GryagCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code gryag bench memory --store embedded} imports into a real embedded PostgreSQL and measures
 * the prompt over it.
 */
class MemoryBenchIT {

  @TempDir Path home;

  @Test
  void measuresOverTheEmbeddedDatabaseAsImportFillsIt() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = GryagCli.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    Path folder = home.resolve("data");

    int code =
        cli.execute(
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
            "--store",
            "embedded",
            "--home",
            folder.toString());

    assertThat(code).as(err.toString()).isZero();
    assertThat(err.toString()).contains("imported into the embedded store");
    assertThat(out.toString())
        .contains("8 questions; store: embedded")
        .containsPattern("(?m)^ +2000  all +8 +\\d+( +[01]\\.\\d\\d){4}$");
    assertThat(Files.isDirectory(folder.resolve("postgres"))).isTrue();
  }
}
