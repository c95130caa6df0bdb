package dev.gryag.adapter.persistence;

import dev.gryag.adapter.persistence.DatabaseConfig.External;
import dev.gryag.adapter.persistence.DatabaseConfig.MigrationMode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One embedded PostgreSQL for all integration tests of this JVM, kept in {@code target/it-postgres}
 * (so later runs skip initdb), and a fresh schema for each test that needs isolation. The server is
 * the production {@link EmbeddedPostgresServer}.
 */
final class TestDatabases {

  static final String DATABASE = "gryag_it";
  private static final AtomicInteger SCHEMAS = new AtomicInteger();
  private static EmbeddedPostgresServer shared;

  private TestDatabases() {}

  /** The shared server, started on first use with an empty {@value #DATABASE} database. */
  static synchronized EmbeddedPostgresServer server() {
    if (shared == null) {
      Path folder = Path.of("target", "it-postgres").toAbsolutePath();
      shared =
          EmbeddedPostgresServer.start(
              folder.resolve("data"), folder.resolve("postgres.log"), /* any free port */ 0);
      recreateDatabase(shared); // the library's shutdown hook stops the server with the JVM
    }
    return shared;
  }

  /** A schema name no other test of this run uses. */
  static String freshSchemaName() {
    return "it_"
        + SCHEMAS.incrementAndGet()
        + "_"
        + Long.toString(System.nanoTime() % 1_000_000, 36);
  }

  /** A configuration for {@code schema} on the shared server, as an external database. */
  static DatabaseConfig config(String schema, MigrationMode mode) {
    EmbeddedPostgresServer server = server();
    External external =
        new External(
            "localhost:" + server.port(),
            DATABASE,
            EmbeddedPostgresServer.SUPERUSER,
            null,
            Map.of(),
            DatabaseConfig.DATABASE_URL);
    return new DatabaseConfig(
        external, schema, 4, Duration.ofSeconds(5), Duration.ofSeconds(30), mode);
  }

  /** A started database on a new, migrated schema of the shared server. */
  static PostgresDatabase freshDatabase() {
    return PostgresDatabase.start(config(freshSchemaName(), MigrationMode.MIGRATE));
  }

  /** Runs statements as the superuser on the shared test database. */
  static void execute(String... statements) {
    try (Connection connection =
            DriverManager.getConnection(
                server().jdbcUrl(DATABASE), EmbeddedPostgresServer.SUPERUSER, null);
        Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("test setup failed: " + e.getMessage(), e);
    }
  }

  private static void recreateDatabase(EmbeddedPostgresServer server) {
    try (Connection connection =
            DriverManager.getConnection(
                server.jdbcUrl("postgres"), EmbeddedPostgresServer.SUPERUSER, null);
        Statement statement = connection.createStatement()) {
      statement.execute("drop database if exists " + DATABASE + " with (force)");
      statement.execute("create database " + DATABASE);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot prepare the test database: " + e.getMessage(), e);
    }
  }
}
