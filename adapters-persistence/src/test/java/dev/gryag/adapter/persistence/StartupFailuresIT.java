package dev.gryag.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gryag.adapter.persistence.DatabaseConfig.External;
import dev.gryag.adapter.persistence.DatabaseConfig.MigrationMode;
import dev.gryag.adapter.persistence.DatabaseStartException.Reason;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An external database that cannot be used at start: one line naming the place and the key. */
class StartupFailuresIT {

  @Test
  void anUnreachableServerIsNamedWithTheSettingToChange() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    DatabaseConfig config =
        DatabaseConfig.fromEnvironment(
            Map.of(
                "DATABASE_URL",
                "postgres://gryag:s3cret@127.0.0.1:" + closedPort + "/gryag",
                "GRYAG_DB_CONNECT_TIMEOUT",
                "1s"));

    assertThatThrownBy(() -> PostgresDatabase.start(config))
        .isInstanceOfSatisfying(
            DatabaseStartException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNREACHABLE))
        .hasMessage(
            "Cannot reach PostgreSQL at 127.0.0.1:%d (Connection refused); check DATABASE_URL"
                .formatted(closedPort));
  }

  @Test
  void theSeparateKeysAreNamedWhenTheyWereUsed() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    DatabaseConfig config =
        DatabaseConfig.fromEnvironment(
            Map.of(
                "GRYAG_DB_HOST", "127.0.0.1",
                "GRYAG_DB_PORT", Integer.toString(closedPort),
                "GRYAG_DB_PASSWORD", "s3cret",
                "GRYAG_DB_CONNECT_TIMEOUT", "1s"));

    assertThatThrownBy(() -> PostgresDatabase.start(config))
        .hasMessageEndingWith("check GRYAG_DB_HOST/GRYAG_DB_PORT")
        .message()
        .doesNotContain("s3cret");
  }

  @Test
  void aMissingDatabaseIsNamed() {
    External server = (External) TestDatabases.config("any", MigrationMode.MIGRATE).server();
    DatabaseConfig config =
        DatabaseConfig.fromEnvironment(
            Map.of(
                "DATABASE_URL",
                "postgres://%s:%s@%s/no_such_db"
                    .formatted(server.user(), server.password(), server.address())));

    assertThatThrownBy(() -> PostgresDatabase.start(config))
        .isInstanceOfSatisfying(
            DatabaseStartException.class, e -> assertThat(e.reason()).isEqualTo(Reason.REJECTED))
        .hasMessage(
            "PostgreSQL at %s has no database 'no_such_db'; create it, or change DATABASE_URL"
                .formatted(server.address()));
  }

  @Test
  void aRefusedLoginNamesTheUserAndTheKeyButNotThePassword() {
    External server = (External) TestDatabases.config("any", MigrationMode.MIGRATE).server();
    DatabaseConfig config =
        DatabaseConfig.fromEnvironment(
            Map.of(
                "DATABASE_URL",
                "postgres://%s:hunter2hunter2@%s/%s"
                    .formatted(server.user(), server.address(), server.database())));

    assertThatThrownBy(() -> PostgresDatabase.start(config))
        .isInstanceOfSatisfying(
            DatabaseStartException.class, e -> assertThat(e.reason()).isEqualTo(Reason.REJECTED))
        .hasMessage(
            "PostgreSQL at %s refused the login of user '%s' (FATAL: password authentication"
                + " failed for user \"%s\"); check the user and password in DATABASE_URL",
            server.address(), server.user(), server.user())
        .message()
        .doesNotContain("hunter2hunter2");
  }
}
