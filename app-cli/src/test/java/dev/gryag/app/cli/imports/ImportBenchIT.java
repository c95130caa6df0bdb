package dev.gryag.app.cli.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gryag.app.cli.Exports;
import dev.gryag.app.cli.GryagCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code gryag bench import} runs end to end on the sample and prints its figures. */
class ImportBenchIT {

  @TempDir Path home;

  @Test
  void importsTheSampleIntoAFreshDatabaseAndPrintsTheFigures() {
    StringWriter out = new StringWriter();
    CommandLine cli = GryagCli.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(new StringWriter(), true));
    Path folder = home.resolve("data");

    int code =
        cli.execute(
            "bench",
            "import",
            "--export",
            Exports.sample().toString(),
            "--home",
            folder.toString(),
            "--queries",
            "20");

    assertThat(code).isZero();
    assertThat(out.toString())
        .contains("cores; export")
        .contains("import: 143 messages read, 143 stored, 7 members")
        .containsPattern("messages/s")
        .containsPattern("peak RSS of this JVM \\(VmHWM; PostgreSQL apart\\): \\d+ kB")
        .containsPattern("database size: \\d+ MiB")
        .containsPattern("recent\\(50\\) [\\d.]+ ms, search\\(10\\) [\\d.]+ ms");
    assertThat(Files.isDirectory(folder)).isTrue();
  }
}
