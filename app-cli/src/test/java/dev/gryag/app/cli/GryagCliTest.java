package dev.gryag.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class GryagCliTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = GryagCli.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void versionNamesTheBuildAndTheJvm() {
    assertThat(run("--version")).isZero();
    assertThat(out.toString())
        .containsPattern("gryag \\d+\\.\\d+\\.\\d+")
        .contains("JVM: ")
        .contains(String.valueOf(Runtime.version().feature()));
  }

  @Test
  void helpDescribesTheCommandAndItsExitCodes() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString()).contains("Usage: gryag").contains("Exit codes");
  }

  @Test
  void anUnknownOptionIsAUsageErrorOnStandardError() {
    assertThat(run("--no-such-option")).isEqualTo(2);
    assertThat(err.toString()).contains("Unknown option: '--no-such-option'");
  }

  @Test
  void analyzesTheSampleWithTheRealAnalyzer() {
    assertThat(run("analyze", Exports.sample().toString(), "--tz", "Europe/Kyiv")).isZero();

    assertThat(out.toString())
        .contains("Похід у Карпати")
        .contains("Languages")
        .containsPattern("uk +\\d+ +\\d+\\.\\d%")
        .containsPattern("en +\\d+ +\\d+\\.\\d%")
        .containsPattern("ru +\\d+ +\\d+\\.\\d%");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void helpListsAnalyze() {
    assertThat(run("--help")).isZero();

    assertThat(out.toString()).contains("analyze");
  }

  @Test
  void helpListsTheStoreCommands() {
    assertThat(run("--help")).isZero();

    assertThat(out.toString())
        .contains("import")
        .contains("db")
        .contains("cleanup")
        .contains("profile")
        .contains("forget")
        .contains("backup")
        .contains("restore");
  }

  @Test
  void everyStoreCommandHasHelpWithAnExample() {
    for (String command :
        new String[] {"import", "db", "cleanup", "profile", "forget", "backup", "restore"}) {
      out.getBuffer().setLength(0);
      assertThat(run(command, "--help")).as(command).isZero();
      assertThat(out.toString()).as(command).contains("Example").contains("Exit codes");
    }
  }

  @Test
  void importOfAMissingFileIsBadInputBeforeAnyDatabaseStarts() {
    assertThat(run("import", "no-such-export.json")).isEqualTo(3);
    assertThat(err.toString()).contains("gryag import: no such file: no-such-export.json");
  }
}
