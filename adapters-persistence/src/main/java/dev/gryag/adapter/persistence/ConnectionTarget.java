package dev.gryag.adapter.persistence;

import dev.gryag.adapter.persistence.DatabaseConfig.External;
import java.nio.file.Path;
import java.util.Map;

/**
 * What a pool needs to open connections, and what an operator needs to read when it cannot.
 *
 * @param jdbcUrl the URL without credentials or properties
 * @param user the user, or null
 * @param password the password, or null; never printed
 * @param properties further PgJDBC properties
 * @param address {@code host:port} for messages
 * @param database the database name
 * @param setting what to check when the server cannot be reached: the key(s) to change, or the
 *     embedded server's log
 * @param credentialsSetting what to check when the server refuses the login
 */
record ConnectionTarget(
    String jdbcUrl,
    String user,
    String password,
    Map<String, String> properties,
    String address,
    String database,
    String setting,
    String credentialsSetting) {

  ConnectionTarget {
    properties = Map.copyOf(properties);
  }

  static ConnectionTarget external(External server) {
    return new ConnectionTarget(
        server.jdbcUrl(),
        server.user(),
        server.password(),
        server.properties(),
        server.address(),
        server.database(),
        server.setting(),
        DatabaseConfig.DATABASE_URL.equals(server.setting())
            ? "the user and password in " + DatabaseConfig.DATABASE_URL
            : DatabaseConfig.DB_USER + " and " + DatabaseConfig.DB_PASSWORD);
  }

  /** The embedded server's {@code database}, as its application role: never the superuser. */
  static ConnectionTarget embedded(EmbeddedPostgresServer server, String database, Path log) {
    return new ConnectionTarget(
        server.jdbcUrl(database),
        server.credentials().user(),
        server.credentials().password(),
        Map.of(),
        "localhost:" + server.port(),
        database,
        "its log, " + log,
        "the credentials file " + server.credentialsFile());
  }

  @Override
  public String toString() {
    return "ConnectionTarget[%s/%s as %s, password %s]"
        .formatted(address, database, user, Secrets.mask(password));
  }
}
