package dev.gryag.adapter.persistence;

import static dev.gryag.adapter.persistence.DatabaseConfig.DATABASE_URL;
import static dev.gryag.adapter.persistence.DatabaseConfig.DB_CONNECT_TIMEOUT;
import static dev.gryag.adapter.persistence.DatabaseConfig.DB_EMBEDDED_PORT;
import static dev.gryag.adapter.persistence.DatabaseConfig.DB_HOST;
import static dev.gryag.adapter.persistence.DatabaseConfig.DB_MIGRATE;
import static dev.gryag.adapter.persistence.DatabaseConfig.DB_NAME;
import static dev.gryag.adapter.persistence.DatabaseConfig.DB_PASSWORD;
import static dev.gryag.adapter.persistence.DatabaseConfig.DB_POOL_SIZE;
import static dev.gryag.adapter.persistence.DatabaseConfig.DB_PORT;
import static dev.gryag.adapter.persistence.DatabaseConfig.DB_SCHEMA;
import static dev.gryag.adapter.persistence.DatabaseConfig.DB_STATEMENT_TIMEOUT;
import static dev.gryag.adapter.persistence.DatabaseConfig.DB_USER;
import static dev.gryag.adapter.persistence.DatabaseConfig.HOME;

import dev.gryag.adapter.persistence.DatabaseConfig.Embedded;
import dev.gryag.adapter.persistence.DatabaseConfig.External;
import dev.gryag.adapter.persistence.DatabaseConfig.MigrationMode;
import dev.gryag.adapter.persistence.DatabaseConfig.Server;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Turns environment-style keys into a {@link DatabaseConfig}, rejecting contradictions. */
final class DatabaseConfigReader {

  static final String DEFAULT_SCHEMA = "gryag";
  static final String DEFAULT_DATABASE = "gryag";
  static final String DEFAULT_USER = "gryag";
  static final int DEFAULT_POOL_SIZE = 10;
  static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
  static final Duration DEFAULT_STATEMENT_TIMEOUT = Duration.ofSeconds(30);

  private static final Pattern SQL_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
  private static final Pattern HOST = Pattern.compile("[A-Za-z0-9._\\-]+|\\[[0-9A-Fa-f:.]+]");
  private static final List<String> EXTERNAL_ONLY = List.of(DB_PORT, DB_NAME, DB_USER, DB_PASSWORD);

  private final Map<String, String> environment;
  private final ConfigValues settings;
  private final String osName;
  private final Path userHome;

  DatabaseConfigReader(Map<String, String> environment, String osName, Path userHome) {
    this.environment = environment;
    this.settings = new ConfigValues(environment);
    this.osName = osName;
    this.userHome = userHome;
  }

  DatabaseConfig read() {
    String schema = settings.text(DB_SCHEMA).orElse(DEFAULT_SCHEMA);
    if (!SQL_NAME.matcher(schema).matches()) {
      throw ConfigValues.invalid(
          DB_SCHEMA, schema, "a lower-case SQL name (a-z, 0-9 and _, at most 63 characters)");
    }
    return new DatabaseConfig(
        server(),
        schema,
        settings.integer(DB_POOL_SIZE, DEFAULT_POOL_SIZE, 1, DatabaseConfig.MAX_POOL_SIZE),
        settings.duration(
            DB_CONNECT_TIMEOUT,
            DEFAULT_CONNECT_TIMEOUT,
            DatabaseConfig.MIN_CONNECT_TIMEOUT,
            Duration.ofMinutes(10)),
        settings.duration(
            DB_STATEMENT_TIMEOUT, DEFAULT_STATEMENT_TIMEOUT, Duration.ZERO, Duration.ofHours(24)),
        settings.choice(DB_MIGRATE, MigrationMode.MIGRATE));
  }

  private Server server() {
    if (settings.has(DATABASE_URL)) {
      return fromUrl();
    }
    if (settings.has(DB_HOST)) {
      return fromParts();
    }
    for (String key : EXTERNAL_ONLY) {
      if (settings.has(key)) {
        throw new IllegalArgumentException(
            key
                + " is set but neither "
                + DATABASE_URL
                + " nor "
                + DB_HOST
                + " is: set one of them to use an external PostgreSQL, or unset "
                + key
                + " to use the embedded one");
      }
    }
    return new Embedded(home(), settings.integer(DB_EMBEDDED_PORT, 0, 0, 65535));
  }

  private External fromUrl() {
    for (String key : List.of(DB_HOST, DB_PORT, DB_NAME)) {
      if (settings.has(key)) {
        throw new IllegalArgumentException(
            DATABASE_URL + " and " + key + " are both set: name the database in one place only");
      }
    }
    rejectEmbeddedPort(DATABASE_URL);
    DatabaseUrl.Parts url = DatabaseUrl.parse(DATABASE_URL, settings.text(DATABASE_URL).get());
    String user = credential(DB_USER, url.user(), "user");
    String password = credential(DB_PASSWORD, url.password(), "password");
    return new External(
        url.address(), url.database(), user, password, url.properties(), DATABASE_URL);
  }

  private String credential(String key, String fromUrl, String what) {
    String fromKey = settings.text(key).orElse(null);
    if (fromUrl != null && fromKey != null) {
      throw new IllegalArgumentException(
          "the " + what + " is given twice, in " + DATABASE_URL + " and in " + key + ": keep one");
    }
    return fromUrl != null ? fromUrl : fromKey;
  }

  private External fromParts() {
    rejectEmbeddedPort(DB_HOST);
    String host = settings.text(DB_HOST).get();
    if (!HOST.matcher(host).matches()) {
      throw ConfigValues.invalid(DB_HOST, host, "a host name or IP address (IPv6 in [brackets])");
    }
    int port = settings.integer(DB_PORT, DatabaseUrl.DEFAULT_PORT, 1, 65535);
    return new External(
        host + ":" + port,
        settings.text(DB_NAME).orElse(DEFAULT_DATABASE),
        settings.text(DB_USER).orElse(DEFAULT_USER),
        settings.text(DB_PASSWORD).orElse(null),
        Map.of(),
        DB_HOST + "/" + DB_PORT);
  }

  private void rejectEmbeddedPort(String externalKey) {
    if (settings.has(DB_EMBEDDED_PORT)) {
      throw new IllegalArgumentException(
          DB_EMBEDDED_PORT
              + " applies to the embedded PostgreSQL only, but "
              + externalKey
              + " names an external one: unset one of them");
    }
  }

  private Path home() {
    String configured = settings.text(HOME).orElse(null);
    if (configured == null) {
      return DataFolder.defaultHome(environment, osName, userHome);
    }
    try {
      return Path.of(configured).toAbsolutePath().normalize();
    } catch (InvalidPathException e) {
      throw ConfigValues.invalid(HOME, configured, "a folder path (" + e.getReason() + ")");
    }
  }
}
