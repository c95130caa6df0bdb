package dev.gryag.adapter.persistence;

import dev.gryag.adapter.persistence.DatabaseStartException.Reason;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * A PostgreSQL left running in a data folder by a Gryag process that died without stopping it
 * (killed with {@code kill -9}, say): found by its {@code postmaster.pid}, stopped safely.
 */
final class OrphanedServer {

  private static final Logger LOG = LoggerFactory.getLogger(OrphanedServer.class);
  private static final Duration STOP_WAIT = Duration.ofSeconds(30);

  private OrphanedServer() {}

  /** The postgres process named by {@code postmaster.pid}, if it is still alive. */
  static Optional<ProcessHandle> find(Path dataDirectory) {
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
      // Unreadable or half-written: PostgreSQL itself will judge the file when it starts.
      LOG.debug("Ignoring the unreadable {}: {}", pidFile, e.toString());
      return Optional.empty();
    }
  }

  static void stop(Path dataDirectory, ProcessHandle server) {
    LOG.warn(
        "A PostgreSQL (pid {}) left running by an earlier Gryag process still uses {}; stopping it",
        server.pid(),
        dataDirectory);
    CompletableFuture<ProcessHandle> exited = server.onExit();
    server.destroy(); // SIGTERM: PostgreSQL's "smart" shutdown, nothing committed is lost
    try {
      exited.get(STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
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
