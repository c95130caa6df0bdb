package dev.gryag.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gryag.adapter.persistence.DatabaseConfig.Embedded;
import dev.gryag.adapter.persistence.DatabaseStartException.Reason;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded default: a real PostgreSQL in a persistent folder, guarded against sharing. */
class EmbeddedServerIT {

  @TempDir Path home;

  private DatabaseConfig config() {
    return DatabaseConfig.fromEnvironment(Map.of(DatabaseConfig.HOME, home.toString()));
  }

  @Test
  void createsItsClusterOnFirstStartAndKeepsItsDataAcrossRestarts() {
    try (PostgresDatabase database = PostgresDatabase.start(config())) {
      assertThat(database.describe())
          .isEqualTo("embedded PostgreSQL in " + home.resolve("postgres") + ", schema gryag");
      new JooqCursorStore(database).advance("telegram:getUpdates", 1234);
    }
    assertThat(home.resolve("postgres").resolve("PG_VERSION")).exists();
    assertThat(home.resolve("postgres").resolve("postmaster.pid")).doesNotExist();

    try (PostgresDatabase database = PostgresDatabase.start(config())) {
      assertThat(new JooqCursorStore(database).position("telegram:getUpdates")).isEqualTo(1234);
      assertThat(database.schemaVersion()).isEqualTo(TestDatabases.LATEST_VERSION);
      assertThat(database.isHealthy()).isTrue();
    }
  }

  @Test
  void refusesAFolderThatAnotherProcessUses() throws Exception {
    TestDatabases.homeWithCluster(home);
    Process other = holdFolderInAnotherJvm(7);
    try {
      assertThatThrownBy(() -> PostgresDatabase.start(config()))
          .isInstanceOfSatisfying(
              DatabaseStartException.class,
              e -> assertThat(e.reason()).isEqualTo(Reason.DATA_DIRECTORY_IN_USE))
          .hasMessageStartingWith("The database folder " + home.resolve("postgres") + " is in use")
          .hasMessageContaining("another Gryag process (bot or CLI) seems to use it");
    } finally {
      other.getOutputStream().close();
      assertThat(other.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }
    // Once the other process is gone, the folder is ours, with what it wrote.
    try (PostgresDatabase database = PostgresDatabase.start(config())) {
      assertThat(new JooqCursorStore(database).position("held")).isEqualTo(7);
    }
  }

  @Test
  void refusesAFolderThatThisProcessAlreadyUses() {
    TestDatabases.homeWithCluster(home);
    try (PostgresDatabase first = PostgresDatabase.start(config())) {
      assertThatThrownBy(() -> PostgresDatabase.start(config()))
          .isInstanceOfSatisfying(
              DatabaseStartException.class,
              e -> assertThat(e.reason()).isEqualTo(Reason.DATA_DIRECTORY_IN_USE))
          .hasMessageContaining(home.resolve("postgres").toString())
          .hasMessageContaining("another Gryag process (bot or CLI) seems to use it");
      assertThat(first.isHealthy()).isTrue();
    }
  }

  @Test
  void stopsAServerLeftRunningByAProcessThatDied() throws Exception {
    TestDatabases.homeWithCluster(home);
    Process crashed = holdFolderInAnotherJvm(99);
    long orphanPid =
        Long.parseLong(
            Files.readAllLines(home.resolve("postgres").resolve("postmaster.pid"))
                .getFirst()
                .strip());
    crashed.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive)).contains(true);

    try (PostgresDatabase database = PostgresDatabase.start(config())) {
      assertThat(new JooqCursorStore(database).position("held")).isEqualTo(99);
    }
    assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
  }

  @Test
  void saysSoWhenTheConfiguredPortIsTaken() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      DatabaseConfig config =
          DatabaseConfig.fromEnvironment(
              Map.of(
                  DatabaseConfig.HOME, home.toString(),
                  DatabaseConfig.DB_EMBEDDED_PORT, Integer.toString(taken.getLocalPort())));

      assertThatThrownBy(() -> PostgresDatabase.start(config))
          .isInstanceOfSatisfying(
              DatabaseStartException.class,
              e -> assertThat(e.reason()).isEqualTo(Reason.EMBEDDED_SERVER_FAILED))
          .hasMessageContaining("Port " + taken.getLocalPort())
          .hasMessageContaining("GRYAG_DB_EMBEDDED_PORT");
    }
  }

  @Test
  void refusesAFolderWithForeignFiles() throws IOException {
    Files.createDirectories(home.resolve("postgres"));
    Files.writeString(home.resolve("postgres").resolve("notes.txt"), "mine");

    assertThatThrownBy(() -> PostgresDatabase.start(config()))
        .isInstanceOfSatisfying(
            DatabaseStartException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.EMBEDDED_SERVER_FAILED))
        .hasMessageContaining("holds files (notes.txt...) but no PostgreSQL data");
  }

  @Test
  void aFixedPortIsKeptAcrossStops() {
    TestDatabases.homeWithCluster(home);
    try (PostgresDatabase database = PostgresDatabase.start(config())) {
      EmbeddedPostgresServer server = database.embeddedServer();
      int port = server.port();
      server.stop();
      server.start();
      assertThat(server.port()).isEqualTo(port);
      assertThat(((Embedded) config().server()).dataDirectory()).isEqualTo(server.dataDirectory());
    }
  }

  /** Starts {@link HoldDatabaseFolder} on our folder and waits until it holds it. */
  private Process holdFolderInAnotherJvm(long cursor) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                HoldDatabaseFolder.class.getName(),
                home.toString(),
                Long.toString(cursor))
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    BufferedReader output =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String line;
    while ((line = output.readLine()) != null) {
      if (line.equals("READY")) {
        return process;
      }
    }
    throw new IllegalStateException("the other process ended without holding the folder");
  }
}
