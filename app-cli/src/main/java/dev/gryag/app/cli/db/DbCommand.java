package dev.gryag.app.cli.db;

import dev.gryag.adapter.persistence.DatabaseConfig.MigrationMode;
import dev.gryag.adapter.persistence.DatabaseStartException;
import dev.gryag.app.cli.support.Databases;
import dev.gryag.app.cli.support.ExitCodes;
import java.io.PrintWriter;
import java.util.Objects;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code gryag db}: the bot's database schema, migrated, described or checked (Flyway). */
@Command(
    name = "db",
    mixinStandardHelpOptions = true,
    usageHelpWidth = 100,
    description = {
      "Look after the bot's database: bring its schema to this version (migrate), list the"
          + " migrations (info), or check the schema is current (validate).",
      "The database is the bot's: DATABASE_URL, GRYAG_DB_*, else the embedded one in GRYAG_HOME."
    },
    footer = {
      "",
      "Examples:",
      "  gryag db info",
      "  GRYAG_HOME=/srv/gryag gryag db migrate",
      "  DATABASE_URL=postgresql://gryag@db.example:5432/gryag gryag db validate",
      "",
      "Exit codes: 0 ok, 1 the database cannot be reached, migrated, or (validate) is not"
          + " current, 2 usage error.",
      "Documentation: docs/cli.md"
    })
public final class DbCommand implements Runnable {

  private static final String EXAMPLE_FOOTER = "Exit codes: see gryag db --help.";

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private final Databases databases;

  public DbCommand(Databases databases) {
    this.databases = Objects.requireNonNull(databases, "databases");
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(
      name = "migrate",
      mixinStandardHelpOptions = true,
      description = "Apply the pending migrations (the bot also does it when it starts).",
      footer = {"", "Example: gryag db migrate", EXAMPLE_FOOTER})
  int migrate() {
    return with(MigrationMode.MIGRATE, "migrated");
  }

  @Command(
      name = "validate",
      mixinStandardHelpOptions = true,
      description =
          "Check that the schema is the one this Gryag expects, changing nothing; exit code 1"
              + " when it is not.",
      footer = {"", "Example: gryag db validate", EXAMPLE_FOOTER})
  int validate() {
    return with(MigrationMode.VALIDATE, "valid");
  }

  @Command(
      name = "info",
      mixinStandardHelpOptions = true,
      description = "List the migrations: applied (when) and pending, changing nothing.",
      footer = {"", "Example: gryag db info", EXAMPLE_FOOTER})
  int info() {
    PrintWriter out = spec.commandLine().getOut();
    try (Databases.Lease lease = databases.open(MigrationMode.NONE)) {
      MigrationInfoService info =
          Flyway.configure()
              .dataSource(lease.database().dataSource())
              .schemas(lease.schema())
              .defaultSchema(lease.schema())
              .locations("classpath:db/migration")
              .load()
              .info();
      out.println("Database: " + lease.database().describe());
      MigrationInfo current = info.current();
      out.printf(
          "Schema version: %s, %d pending%n",
          current == null ? "(empty)" : current.getVersion().getVersion(), info.pending().length);
      out.printf("  %-8s %-40s %-10s %s%n", "version", "description", "state", "installed on");
      for (MigrationInfo migration : info.all()) {
        out.printf(
            "  %-8s %-40s %-10s %s%n",
            migration.getVersion() == null ? "" : migration.getVersion().getVersion(),
            migration.getDescription(),
            migration.getState().getDisplayName(),
            migration.getInstalledOn() == null ? "" : migration.getInstalledOn().toInstant());
      }
      out.flush();
      return ExitCodes.OK.code();
    } catch (DatabaseStartException e) {
      return fail(e.getMessage());
    } catch (org.flywaydb.core.api.FlywayException e) {
      return fail("cannot read the migrations: " + e.getMessage().strip().replaceAll("\\R", " "));
    }
  }

  private int with(MigrationMode mode, String outcome) {
    try (Databases.Lease lease = databases.open(mode)) {
      PrintWriter out = spec.commandLine().getOut();
      out.printf(
          "Schema %s of %s: %s at version %s%n",
          lease.schema(), lease.database().describe(), outcome, lease.database().schemaVersion());
      out.flush();
      return ExitCodes.OK.code();
    } catch (DatabaseStartException e) {
      return fail(e.getMessage());
    }
  }

  private int fail(String message) {
    PrintWriter err = spec.commandLine().getErr();
    err.println("gryag db: " + message);
    err.flush();
    return ExitCodes.FAILURE.code();
  }
}
