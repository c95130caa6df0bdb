package dev.gryag.app.cli.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gryag.adapter.persistence.DatabaseConfig;
import dev.gryag.adapter.persistence.PostgresDatabase;
import dev.gryag.app.cli.CommandLines;
import dev.gryag.app.cli.Exports;
import dev.gryag.app.cli.support.Databases;
import dev.gryag.core.analyzer.LocalAnalyzer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code gryag db} on a fresh embedded PostgreSQL, configured by the environment as the bot is. */
class DbCommandIT {

  @TempDir Path home;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    CommandLine cli =
        CommandLines.with(
            LocalAnalyzer::withDefaults,
            Databases.fromEnvironment(Map.of(DatabaseConfig.HOME, home.toString())));
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void anEmptyDatabaseIsNotValidShowsPendingMigrationsAndMigrates() {
    assertThat(run("db", "validate")).isEqualTo(1);
    assertThat(err.toString()).startsWith("gryag db: ").contains(DatabaseConfig.DB_MIGRATE);

    assertThat(run("db", "info")).isZero();
    assertThat(out.toString()).contains("Schema version: (empty), 6 pending").contains("Pending");

    assertThat(run("db", "migrate")).isZero();
    assertThat(out.toString()).contains("migrated at version 6");

    assertThat(run("db", "validate")).isZero();
    assertThat(out.toString()).contains("valid at version 6");

    assertThat(run("db", "info")).isZero();
    assertThat(out.toString())
        .contains("Schema version: 6, 0 pending")
        .containsPattern("(?m)^  1 +\\S.* +Success +\\d{4}-");
  }

  @Test
  void everySubcommandHasHelpWithAnExample() {
    for (String sub : new String[] {"migrate", "info", "validate"}) {
      assertThat(run("db", sub, "--help")).isZero();
      assertThat(out.toString()).contains("Example: gryag db " + sub);
    }
  }

  @Test
  void aDataFolderInUseIsOneLineAndExitCodeOne() {
    try (PostgresDatabase held =
        PostgresDatabase.start(
            DatabaseConfig.fromEnvironment(Map.of(DatabaseConfig.HOME, home.toString())))) {
      assertThat(run("import", Exports.sample().toString(), "-q")).isEqualTo(1);
      assertThat(err.toString()).startsWith("gryag import: ").contains(home.toString());
      assertThat(err.toString().strip().lines()).hasSize(1);
      assertThat(held.isHealthy()).isTrue();
    }
  }
}
