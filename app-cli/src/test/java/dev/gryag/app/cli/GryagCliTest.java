package dev.gryag.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gryag.app.cli.support.CliSettings;
import dev.gryag.app.cli.support.Databases;
import dev.gryag.core.analyzer.LocalAnalyzer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.Map;
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

  private int runWith(Map<String, String> environment, String... args) {
    CommandLine cli =
        GryagCli.commandLine(
            LocalAnalyzer::withDefaults,
            Databases.fromEnvironment(environment),
            environment,
            Clock.systemUTC());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void printConfigListsTheKeysTheCommandsReadWithEverySecretMasked() {
    int code =
        runWith(
            Map.of(
                "DATABASE_URL", "postgresql://gryag:hunter2db@db.example:5432/gryag",
                "GEMINI_API_KEY", "AIzaSyHunter2Hunter2Hunter2Hunter2000",
                "GRYAG_LLM_OPENAI_BASE_URL", "https://proxy.example/v1?api_key=hunter2api",
                "GRYAG_RETENTION_MESSAGES", "30d"),
            "--print-config");

    assertThat(code).as(err::toString).isZero();
    CliSettings.all().forEach(s -> assertThat(out.toString()).contains("  " + s.key() + " "));
    assertThat(out.toString())
        .contains("postgresql://gryag:****@db.example:5432/gryag   [environment]")
        .contains("GEMINI_API_KEY                     ****** (37 characters)   [environment]")
        .contains("https://proxy.example/v1?api_key=****   [environment]")
        .contains("GRYAG_DB_PASSWORD                  (not set)")
        .contains("GRYAG_RETENTION_MESSAGES           30d   [environment]")
        .doesNotContain("hunter2")
        .doesNotContain("Hunter2");
  }

  @Test
  void printConfigRefusesABadValueNamingItsKeyAndHidingItsSecret() {
    int code =
        runWith(
            Map.of(
                "DATABASE_URL", "mysql://gryag:hunter2db@db.example/gryag",
                "GRYAG_DB_POOL_SIZE", "lots"),
            "--print-config");

    assertThat(code).isEqualTo(2);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString())
        .contains("DATABASE_URL: expected a URL like postgres://")
        .contains("got \"mysql://gryag:****@db.example/gryag\"")
        .contains("GRYAG_DB_POOL_SIZE: expected a whole number from 1 to 1000, got \"lots\"")
        .doesNotContain("hunter2");
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
