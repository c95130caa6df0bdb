package dev.gryag.app.cli.support;

import dev.gryag.adapter.persistence.DatabaseConfig;
import dev.gryag.adapter.persistence.DatabaseConfig.MigrationMode;
import dev.gryag.adapter.persistence.PostgresDatabase;
import java.util.Map;

/**
 * Opens the bot's database for a command: by default the one the environment configures, as the bot
 * does ({@code DATABASE_URL}, {@code GRYAG_DB_*}, {@code GRYAG_HOME}); tests lend theirs.
 */
@FunctionalInterface
public interface Databases {

  /**
   * The database, started; the lease closes it when the command is done.
   *
   * @param mode what to do with the schema at start, or null for what the configuration says
   *     (migrate by default, as the bot does)
   */
  Lease open(MigrationMode mode);

  /** The database, started and migrated (or validated) as the configuration says. */
  default Lease open() {
    return open(null);
  }

  /** A database held for the length of one command. */
  interface Lease extends AutoCloseable {
    PostgresDatabase database();

    /** The schema that holds Gryag's tables. */
    String schema();

    @Override
    void close();
  }

  /** The database the environment names, started for the command and stopped after it. */
  static Databases fromEnvironment(Map<String, String> environment) {
    return mode -> {
      DatabaseConfig config = DatabaseConfig.fromEnvironment(environment);
      if (mode != null) {
        config =
            new DatabaseConfig(
                config.server(),
                config.schema(),
                config.poolSize(),
                config.connectTimeout(),
                config.statementTimeout(),
                mode);
      }
      PostgresDatabase database = PostgresDatabase.start(config);
      String schema = config.schema();
      return new Lease() {
        @Override
        public PostgresDatabase database() {
          return database;
        }

        @Override
        public String schema() {
          return schema;
        }

        @Override
        public void close() {
          database.close();
        }
      };
    };
  }

  /** A database someone else started and will stop. */
  static Databases lending(PostgresDatabase database, String schema) {
    return mode ->
        new Lease() {
          @Override
          public PostgresDatabase database() {
            return database;
          }

          @Override
          public String schema() {
            return schema;
          }

          @Override
          public void close() {}
        };
  }
}
