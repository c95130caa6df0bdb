package dev.gryag.adapter.persistence;

import dev.gryag.adapter.persistence.DatabaseConfig.MigrationMode;
import dev.gryag.adapter.persistence.DatabaseStartException.Reason;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;
import org.flywaydb.core.api.output.ValidateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Brings the schema to the version this build knows (Flyway), or checks that it is there. */
final class Migrations {

  static final String LOCATION = "classpath:db/migration";
  private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);

  private Migrations() {}

  /** Migrates or validates {@code schema}; returns the schema version afterwards ("1", ...). */
  static String apply(DataSource dataSource, String schema, MigrationMode mode, String where) {
    Flyway flyway =
        Flyway.configure()
            .dataSource(dataSource)
            .schemas(schema)
            .defaultSchema(schema)
            .locations(LOCATION)
            .load();
    try {
      if (mode == MigrationMode.MIGRATE) {
        MigrateResult result = flyway.migrate();
        if (result.migrationsExecuted > 0) {
          LOG.info(
              "Migrated schema {} at {} from version {} to {}",
              schema,
              where,
              result.initialSchemaVersion == null ? "(empty)" : result.initialSchemaVersion,
              result.targetSchemaVersion);
        }
      } else if (mode == MigrationMode.VALIDATE) {
        ValidateResult result = flyway.validateWithResult();
        if (!result.validationSuccessful) {
          throw new DatabaseStartException(
              Reason.SCHEMA,
              "The schema %s at %s is not the one this Gryag expects (%s); start once with %s=migrate"
                  .formatted(
                      schema,
                      where,
                      oneLine(result.getAllErrorMessages()),
                      DatabaseConfig.DB_MIGRATE));
        }
      }
      MigrationInfo current = flyway.info().current();
      return current == null ? "(empty)" : current.getVersion().getVersion();
    } catch (FlywayException e) {
      throw new DatabaseStartException(
          Reason.SCHEMA,
          "Could not %s the schema %s at %s: %s"
              .formatted(
                  mode == MigrationMode.NONE
                      ? "read"
                      : mode.name().toLowerCase(java.util.Locale.ROOT),
                  schema,
                  where,
                  oneLine(e.getMessage())),
          e);
    }
  }

  private static String oneLine(String text) {
    return text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", "; ");
  }
}
