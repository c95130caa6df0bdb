package dev.gryag.app.bot;

import dev.gryag.core.testing.PackagedJar;
import dev.gryag.core.testing.PackagedJars;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * The packaged bot ({@code target/gryag-bot.jar} with {@code target/lib/}) run as a process, as an
 * operator runs it: started on an environment (usually {@link FakeEnvironment}'s), awaited ready on
 * its operations port, stopped with SIGTERM or killed with SIGKILL. {@link #close} leaves neither
 * the bot nor the embedded PostgreSQL under its {@code GRYAG_HOME} running.
 */
final class PackagedBot implements AutoCloseable {

  static final Path JAR = Path.of("target", "gryag-bot.jar");

  private static final Duration POLL = Duration.ofMillis(100);
  private static final Duration DATABASE_STOP_WAIT = Duration.ofSeconds(15);

  private final PackagedJar process;
  private final Path home;
  private final int opsPort;

  private PackagedBot(PackagedJar process, Path home, int opsPort) {
    this.process = process;
    this.home = home;
    this.opsPort = opsPort;
  }

  /**
   * Starts the bot on {@code environment}, which names {@code GRYAG_HOME}, with its operations port
   * on a free port of loopback.
   */
  static PackagedBot start(PackagedJars jars, Map<String, String> environment) {
    Path home = Path.of(environment.get("GRYAG_HOME"));
    int opsPort = freePort();
    Map<String, String> env = new HashMap<>(environment);
    env.put("GRYAG_OPS_PORT", Integer.toString(opsPort));
    return new PackagedBot(jars.start(env), home, opsPort);
  }

  /** A port free on loopback now (the bot binds it a moment later). */
  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits until {@code /readyz} answers 200; fails if the bot exits first or after timeout. */
  PackagedBot awaitReady(Duration timeout) throws InterruptedException {
    URI readyz = URI.create("http://127.0.0.1:" + opsPort + "/readyz");
    long deadline = System.nanoTime() + timeout.toNanos();
    try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()) {
      while (System.nanoTime() < deadline) {
        if (!process.isAlive()) {
          throw new AssertionError(process + " exited before it was ready");
        }
        if (ready(http, readyz)) {
          return this;
        }
        TimeUnit.MILLISECONDS.sleep(POLL.toMillis());
      }
    }
    throw new AssertionError(process + " not ready after " + timeout);
  }

  private static boolean ready(HttpClient http, URI readyz) throws InterruptedException {
    try {
      HttpRequest request = HttpRequest.newBuilder(readyz).timeout(Duration.ofSeconds(2)).build();
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException e) {
      return false; // not listening yet
    }
  }

  /** GETs {@code path} of the operations port, with {@code authorization} unless it is null. */
  HttpResponse<String> operations(String path, String authorization)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + opsPort + path))
            .timeout(Duration.ofSeconds(5));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    try (HttpClient http = HttpClient.newHttpClient()) {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
  }

  /** Stops the bot with SIGTERM, as a service manager does, and returns its exit code. */
  int stop(Duration timeout) throws InterruptedException {
    return process.stop(timeout);
  }

  /** Kills the bot with SIGKILL: no shutdown hook runs, its PostgreSQL is left running. */
  void kill() throws InterruptedException {
    process.kill();
  }

  /** {@link #kill} for a caller that cannot wait for an interrupt (a fake server's thread). */
  void killQuietly() {
    try {
      kill();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  String output() {
    return process.output();
  }

  /**
   * The PostgreSQL processes that a {@code postmaster.pid} under {@code GRYAG_HOME} names and that
   * still run.
   */
  List<ProcessHandle> databases() {
    if (!Files.isDirectory(home)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(home, 3)) {
      return files
          .filter(f -> f.getFileName().toString().equals("postmaster.pid"))
          .flatMap(f -> postmaster(f).stream())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Waits up to {@code timeout} for the PostgreSQL processes under {@code GRYAG_HOME} to end;
   * returns those still running.
   */
  List<ProcessHandle> databasesLeftAfter(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    List<ProcessHandle> left = databases();
    while (!left.isEmpty() && System.nanoTime() < deadline) {
      TimeUnit.MILLISECONDS.sleep(POLL.toMillis());
      left = databases();
    }
    return left;
  }

  private static Optional<ProcessHandle> postmaster(Path pidFile) {
    try {
      long pid = Long.parseLong(Files.readAllLines(pidFile).getFirst().strip());
      return ProcessHandle.of(pid)
          .filter(ProcessHandle::isAlive)
          .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false));
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // gone meanwhile, or half written
    }
  }

  /** Kills the bot if it still runs, then stops the PostgreSQL it may have orphaned. */
  @Override
  public void close() {
    process.close();
    for (ProcessHandle database : databases()) {
      database.destroy(); // SIGTERM: a smart shutdown, no client is left
      try {
        database.onExit().get(DATABASE_STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        database.destroyForcibly();
      } catch (ExecutionException | TimeoutException e) {
        database.destroyForcibly();
      }
    }
  }
}
