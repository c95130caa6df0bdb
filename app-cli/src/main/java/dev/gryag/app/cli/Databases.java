package dev.gryag.app.cli;

import dev.gryag.adapter.persistence.DatabaseConfig;
import dev.gryag.adapter.persistence.PostgresDatabase;
import java.util.Map;

/**
 * Opens the bot's database for a command: by default the one the environment configures, as the bot
 * does ({@code DATABASE_URL}, {@code GRYAG_DB_*}, {@code GRYAG_HOME}); tests lend theirs.
 */
@FunctionalInterface
interface Databases {

  /** The database, started and migrated; the lease closes it when the command is done. */
  Lease open();

  /** A database held for the length of one command. */
  interface Lease extends AutoCloseable {
    PostgresDatabase database();

    @Override
    void close();
  }

  /** The database the environment names, started for the command and stopped after it. */
  static Databases fromEnvironment(Map<String, String> environment) {
    return () -> {
      PostgresDatabase database =
          PostgresDatabase.start(DatabaseConfig.fromEnvironment(environment));
      return new Lease() {
        @Override
        public PostgresDatabase database() {
          return database;
        }

        @Override
        public void close() {
          database.close();
        }
      };
    };
  }

  /** A database someone else started and will stop. */
  static Databases lending(PostgresDatabase database) {
    return () ->
        new Lease() {
          @Override
          public PostgresDatabase database() {
            return database;
          }

          @Override
          public void close() {}
        };
  }
}
