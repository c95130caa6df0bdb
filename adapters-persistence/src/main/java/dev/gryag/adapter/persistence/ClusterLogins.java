package dev.gryag.adapter.persistence;

import dev.gryag.adapter.persistence.DatabaseStartException.Reason;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Set;
import org.postgresql.util.PasswordUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded cluster's logins, set up by its superuser at each start: the application role (may
 * log in; no superuser, no roles, no databases), and for a cluster that trusted local connections,
 * both passwords and a {@code pg_hba.conf} that asks every connection for one. Passwords travel as
 * SCRAM verifiers computed here, so not even the server's log can show one.
 */
final class ClusterLogins {

  private static final Logger LOG = LoggerFactory.getLogger(ClusterLogins.class);
  private static final String APP_ROLE_ATTRIBUTES =
      "login nosuperuser nocreaterole nocreatedb noreplication nobypassrls";
  private static final Duration RELOAD_WAIT = Duration.ofSeconds(10);
  // PgJDBC's "no password provided" (08004) and the server's "password authentication failed".
  private static final Set<String> NO_PASSWORD_REFUSED = Set.of("08004", "28P01");

  private ClusterLogins() {}

  /**
   * Sets up the logins of the running {@code server}; with {@code trusting} (made by an earlier
   * version) sets both passwords and switches it to asking every connection for one.
   *
   * @throws DatabaseStartException naming the data folder and the server's log
   */
  static void secure(EmbeddedPostgresServer server, boolean trusting) {
    EmbeddedCredentials credentials = server.credentials();
    try (Connection superuser = server.connectAsSuperuser("postgres")) {
      ensure(superuser, credentials, trusting);
      if (trusting) {
        ClientAuthentication.requirePasswords(server.dataDirectory());
        try (Statement reload = superuser.createStatement()) {
          reload.execute("select pg_reload_conf()");
        }
        awaitPasswordsRequired(server);
        LOG.info(
            "The embedded PostgreSQL in {} now asks every connection for a password (they are in"
                + " {}); Gryag connects as role {}",
            server.dataDirectory(),
            server.credentialsFile(),
            credentials.user());
      }
    } catch (SQLException | IOException e) {
      throw new DatabaseStartException(
          Reason.EMBEDDED_SERVER_FAILED,
          "Could not set up the logins of the embedded PostgreSQL in %s (%s); its log is %s"
              .formatted(server.dataDirectory(), StartupErrors.firstLine(e), server.logFile()),
          e);
    }
  }

  /** Waits until the server, reloading its configuration, refuses a login without a password. */
  private static void awaitPasswordsRequired(EmbeddedPostgresServer server) throws SQLException {
    String url = server.jdbcUrl("postgres");
    String superuser = server.credentials().superuser();
    long deadline = System.nanoTime() + RELOAD_WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      try {
        DriverManager.getConnection(url, superuser, null).close();
      } catch (SQLException refused) {
        if (NO_PASSWORD_REFUSED.contains(refused.getSQLState())) {
          return;
        }
        throw refused;
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SQLException("interrupted while the server reloaded its configuration", e);
      }
    }
    throw new SQLException(
        "the server still lets a login without a password in, %ss after %s was rewritten"
            .formatted(RELOAD_WAIT.toSeconds(), ClientAuthentication.FILE));
  }

  /**
   * Creates the application role if it is missing; with {@code resetPasswords} (a cluster that
   * trusted local connections until now) also sets both passwords and the role's attributes.
   *
   * @param superuser a connection as the superuser, committing each statement
   */
  private static void ensure(
      Connection superuser, EmbeddedCredentials credentials, boolean resetPasswords)
      throws SQLException {
    try (Statement statement = superuser.createStatement()) {
      if (resetPasswords) {
        statement.execute(
            "alter role %s password '%s'"
                .formatted(
                    quote(credentials.superuser()),
                    verifier(credentials.superuser(), credentials.superuserPassword())));
      }
      String verb = exists(superuser, credentials.user()) ? "alter" : "create";
      if (verb.equals("create") || resetPasswords) {
        statement.execute(
            "%s role %s %s password '%s'"
                .formatted(
                    verb,
                    quote(credentials.user()),
                    APP_ROLE_ATTRIBUTES,
                    verifier(credentials.user(), credentials.password())));
      }
    }
  }

  private static boolean exists(Connection connection, String role) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement("select 1 from pg_roles where rolname = ?")) {
      query.setString(1, role);
      try (ResultSet row = query.executeQuery()) {
        return row.next();
      }
    }
  }

  private static String verifier(String role, String password) throws SQLException {
    // SCRAM-SHA-256$<iterations>:<salt>$<stored key>:<server key>: base64 and punctuation only.
    return PasswordUtil.encodePassword(role, password.toCharArray(), ClientAuthentication.METHOD);
  }

  /** {@code name} as a quoted SQL identifier. */
  static String quote(String name) {
    return "\"" + name.replace("\"", "\"\"") + "\"";
  }
}
