package dev.gryag.adapter.persistence;

import dev.gryag.core.config.Configuration;
import dev.gryag.core.config.Durations;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How Gryag reaches PostgreSQL: an external server or the embedded one, the schema, the pool, the
 * timeouts, and whether to migrate the schema at start. {@link #from} reads it from the {@link
 * DatabaseSettings} (see {@code docs/configuration.md}); no value here ever prints a password.
 *
 * @param server where the database lives
 * @param schema the PostgreSQL schema holding Gryag's tables; created by the first migration
 * @param poolSize the most connections open at once: the real limit on concurrent queries, however
 *     many virtual threads ask
 * @param connectTimeout how long a caller waits for a connection before the call fails
 * @param statementTimeout the longest a statement may run; zero for no limit
 * @param migrationMode apply pending migrations at start, or only check the schema is current
 */
public record DatabaseConfig(
    Server server,
    String schema,
    int poolSize,
    Duration connectTimeout,
    Duration statementTimeout,
    MigrationMode migrationMode) {

  public static final String DATABASE_URL = DatabaseSettings.DATABASE_URL.key();
  public static final String DB_HOST = DatabaseSettings.DB_HOST.key();
  public static final String DB_PORT = DatabaseSettings.DB_PORT.key();
  public static final String DB_NAME = DatabaseSettings.DB_NAME.key();
  public static final String DB_USER = DatabaseSettings.DB_USER.key();
  public static final String DB_PASSWORD = DatabaseSettings.DB_PASSWORD.key();
  public static final String DB_SCHEMA = DatabaseSettings.DB_SCHEMA.key();
  public static final String DB_POOL_SIZE = DatabaseSettings.DB_POOL_SIZE.key();
  public static final String DB_CONNECT_TIMEOUT = DatabaseSettings.DB_CONNECT_TIMEOUT.key();
  public static final String DB_STATEMENT_TIMEOUT = DatabaseSettings.DB_STATEMENT_TIMEOUT.key();
  public static final String DB_MIGRATE = DatabaseSettings.DB_MIGRATE.key();
  public static final String DB_EMBEDDED_PORT = DatabaseSettings.DB_EMBEDDED_PORT.key();
  public static final String HOME = DatabaseSettings.HOME.key();

  static final int MAX_POOL_SIZE = 1000;

  public DatabaseConfig {
    Objects.requireNonNull(server, "server");
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(statementTimeout, "statementTimeout");
    Objects.requireNonNull(migrationMode, "migrationMode");
    if (!DatabaseSettings.SQL_NAME.matcher(schema).matches()) {
      throw new IllegalArgumentException(
          "schema must be a lower-case SQL name (a-z, 0-9, _; at most 63), was '" + schema + "'");
    }
    if (poolSize < 1 || poolSize > MAX_POOL_SIZE) {
      throw new IllegalArgumentException(
          "poolSize must be from 1 to " + MAX_POOL_SIZE + ", was " + poolSize);
    }
    if (connectTimeout.compareTo(DatabaseSettings.MIN_CONNECT_TIMEOUT) < 0) {
      throw new IllegalArgumentException(
          "connectTimeout must be at least 250ms, was " + Durations.format(connectTimeout));
    }
    if (statementTimeout.isNegative()) {
      throw new IllegalArgumentException("statementTimeout must not be negative");
    }
  }

  /**
   * Reads the configuration from environment-style keys ({@code System.getenv()}, or a map in
   * tests): {@code DATABASE_URL} or {@code GRYAG_DB_HOST}... for an external server, else the
   * embedded one under {@code GRYAG_HOME}.
   *
   * @throws IllegalArgumentException naming the key, the (masked) value and what is allowed
   */
  public static DatabaseConfig fromEnvironment(Map<String, String> environment) {
    return from(Configuration.of(DatabaseSettings.all(), environment));
  }

  /**
   * Reads the configuration from loaded {@link DatabaseSettings}.
   *
   * @throws IllegalArgumentException naming the keys that contradict each other
   */
  public static DatabaseConfig from(Configuration settings) {
    return from(
        settings, System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
  }

  static DatabaseConfig fromEnvironment(
      Map<String, String> environment, String osName, Path userHome) {
    return from(Configuration.of(DatabaseSettings.all(), environment), osName, userHome);
  }

  private static DatabaseConfig from(Configuration settings, String osName, Path userHome) {
    return new DatabaseConfigReader(settings, osName, userHome).read();
  }

  /** Where the database is. */
  public sealed interface Server permits External, Embedded {

    /** One line for logs and errors: where the database is, never a password. */
    String describe();
  }

  /**
   * A PostgreSQL server run by someone else.
   *
   * @param address {@code host:port}, or several separated by commas (PgJDBC fails over in order)
   * @param database the database name
   * @param user the user, or null to let the driver choose
   * @param password the password, or null; never printed
   * @param properties further PgJDBC connection properties ({@code sslmode}, ...); copied
   * @param setting the key(s) to change when this server cannot be reached
   */
  public record External(
      String address,
      String database,
      String user,
      String password,
      Map<String, String> properties,
      String setting)
      implements Server {

    public External {
      Objects.requireNonNull(address, "address");
      Objects.requireNonNull(database, "database");
      Objects.requireNonNull(setting, "setting");
      properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    /** The JDBC URL without credentials or properties: those travel separately. */
    public String jdbcUrl() {
      return "jdbc:postgresql://"
          + address
          + "/"
          + URLEncoder.encode(database, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public String describe() {
      return "PostgreSQL at " + address + "/" + database + (user == null ? "" : " as " + user);
    }

    @Override
    public String toString() {
      Map<String, String> shown = new LinkedHashMap<>();
      properties.forEach(
          (name, value) -> shown.put(name, Secrets.isSecretProperty(name) ? Secrets.MASK : value));
      return "External[address=%s, database=%s, user=%s, password=%s, properties=%s, setting=%s]"
          .formatted(address, database, user, Secrets.mask(password), shown, setting);
    }
  }

  /**
   * The PostgreSQL server Gryag starts itself, with its data kept under {@code home}.
   *
   * @param home Gryag's data folder
   * @param port the port on 127.0.0.1; 0 to take a free one at each start
   */
  public record Embedded(Path home, int port) implements Server {

    public Embedded {
      Objects.requireNonNull(home, "home");
      home = home.toAbsolutePath().normalize();
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be from 0 to 65535, was " + port);
      }
    }

    /** The PostgreSQL data directory: {@code $GRYAG_HOME/postgres}. */
    public Path dataDirectory() {
      return home.resolve("postgres");
    }

    /** The embedded server's own log: {@code $GRYAG_HOME/postgres.log}. */
    public Path logFile() {
      return home.resolve("postgres.log");
    }

    /**
     * The passwords generated for the embedded server, readable by their owner only: {@code
     * $GRYAG_HOME/postgres-credentials}.
     */
    public Path credentialsFile() {
      return home.resolve("postgres-credentials");
    }

    @Override
    public String describe() {
      return "embedded PostgreSQL in " + dataDirectory();
    }
  }

  /** What to do with the schema at start. */
  public enum MigrationMode {
    /** Apply pending migrations (the default). */
    MIGRATE,
    /** Only check that the schema is current; fail otherwise. */
    VALIDATE,
    /** Leave the schema as it is, current or not: for tools that only look at it. */
    NONE
  }
}
