package dev.gryag.adapter.persistence;

import dev.gryag.adapter.persistence.DatabaseConfig.Embedded;
import dev.gryag.adapter.persistence.DatabaseConfig.External;
import dev.gryag.adapter.persistence.DatabaseConfig.MigrationMode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * One embedded PostgreSQL for all integration tests of this JVM, kept in {@code target/it-postgres}
 * (so later runs skip initdb), and a fresh schema for each test that needs isolation. The server is
 * the production {@link EmbeddedPostgresServer}; tests connect as its application role, as the
 * applications do, and only their set-up steps as the superuser.
 */
final class TestDatabases {

  static final String DATABASE = "gryag_it";

  /** The latest schema version in {@code db/migration}. */
  static final String LATEST_VERSION = "6";

  private static final AtomicInteger SCHEMAS = new AtomicInteger();
  private static EmbeddedPostgresServer shared;
  private static Path template;

  private TestDatabases() {}

  /** The shared server, started on first use with an empty {@value #DATABASE} database. */
  static synchronized EmbeddedPostgresServer server() {
    if (shared == null) {
      Path folder = Path.of("target", "it-postgres").toAbsolutePath();
      shared = EmbeddedPostgresServer.start(new Embedded(folder, /* any free port */ 0));
      recreateDatabase(shared); // the server's shutdown hook stops it with the JVM
    }
    return shared;
  }

  /**
   * Makes {@code home} a Gryag home whose {@code postgres} folder already holds a cluster, with its
   * credentials file (a copy of one made once per run), so tests of the embedded server skip the
   * slow initdb.
   */
  static synchronized Path homeWithCluster(Path home) {
    try {
      if (template == null) {
        Path folder = Path.of("target", "it-template").toAbsolutePath();
        deleteRecursively(folder);
        EmbeddedPostgresServer.start(new Embedded(folder, 0)).stop();
        template = folder;
      }
      Embedded from = new Embedded(template, 0);
      Embedded to = new Embedded(home, 0);
      copyRecursively(from.dataDirectory(), to.dataDirectory());
      Files.copy(from.credentialsFile(), to.credentialsFile(), StandardCopyOption.COPY_ATTRIBUTES);
      return home;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void copyRecursively(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path source : paths.toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES); // PostgreSQL checks modes
      }
    }
  }

  private static void deleteRecursively(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  /** A schema name no other test of this run uses. */
  static String freshSchemaName() {
    return "it_"
        + SCHEMAS.incrementAndGet()
        + "_"
        + Long.toString(System.nanoTime() % 1_000_000, 36);
  }

  /**
   * A configuration for {@code schema} on the shared server, as an external database reached as the
   * server's application role.
   */
  static DatabaseConfig config(String schema, MigrationMode mode) {
    EmbeddedPostgresServer server = server();
    External external =
        new External(
            "localhost:" + server.port(),
            DATABASE,
            server.credentials().user(),
            server.credentials().password(),
            Map.of(),
            DatabaseConfig.DATABASE_URL);
    return new DatabaseConfig(
        external, schema, 4, Duration.ofSeconds(5), Duration.ofSeconds(30), mode);
  }

  /** A started database on a new, migrated schema of the shared server. */
  static PostgresDatabase freshDatabase() {
    return PostgresDatabase.start(config(freshSchemaName(), MigrationMode.MIGRATE));
  }

  /**
   * Deletes every row of every table of the database's schema but Flyway's history: an empty store
   * for the next test, much cheaper than migrating a new schema.
   */
  static void deleteAllRows(PostgresDatabase database) {
    database
        .dsl()
        .execute(
            """
            do $$
            declare t text;
            begin
              for t in select tablename from pg_tables
                  where schemaname = current_schema() and tablename <> 'flyway_schema_history'
              loop
                execute format('delete from %I', t);
              end loop;
            end $$\
            """);
  }

  /** Runs statements as the superuser on the shared test database. */
  static void execute(String... statements) {
    try (Connection connection = server().connectAsSuperuser(DATABASE);
        Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("test setup failed: " + e.getMessage(), e);
    }
  }

  /** The first column of every row of {@code sql}, as text. */
  static java.util.List<String> query(String sql) {
    java.util.List<String> values = new java.util.ArrayList<>();
    try (Connection connection = server().connectAsSuperuser(DATABASE);
        Statement statement = connection.createStatement();
        java.sql.ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("test query failed: " + e.getMessage(), e);
    }
    return values;
  }

  static boolean schemaExists(String schema) {
    return !query("select 1 from pg_namespace where nspname = '" + schema + "'").isEmpty();
  }

  private static void recreateDatabase(EmbeddedPostgresServer server) {
    try (Connection connection = server.connectAsSuperuser("postgres");
        Statement statement = connection.createStatement()) {
      statement.execute("drop database if exists " + DATABASE + " with (force)");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot prepare the test database: " + e.getMessage(), e);
    }
    server.ensureDatabase(DATABASE);
  }
}
