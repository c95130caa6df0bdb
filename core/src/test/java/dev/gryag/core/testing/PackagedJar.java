package dev.gryag.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A runnable jar of this build run as a process the way an operator runs it, {@code java -jar JAR
 * ARGS} on the test JVM's own {@code java}: in a clean environment plus the test's variables, its
 * stdout and stderr together in a file. Start one through {@link PackagedJars}, which never leaves
 * one running.
 */
public final class PackagedJar implements AutoCloseable {

  /**
   * What a child keeps of the test's environment. Nothing else, so a developer's own {@code
   * GRYAG_*}, {@code DATABASE_URL} or API keys cannot reach the process under test.
   */
  private static final List<String> INHERITED =
      List.of("PATH", "HOME", "USER", "LANG", "LC_ALL", "TMPDIR", "SYSTEMROOT", "TEMP", "TMP");

  private static final Duration KILL_WAIT = Duration.ofSeconds(10);

  private final Path jar;
  private final Process process;
  private final Path output;

  private PackagedJar(Path jar, Process process, Path output) {
    this.jar = jar;
    this.process = process;
    this.output = output;
  }

  /** The test JVM's own {@code java}, so the jars run on the JDK the build uses. */
  public static Path java() {
    boolean windows = System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("windows");
    return Path.of(System.getProperty("java.home"), "bin", windows ? "java.exe" : "java");
  }

  static PackagedJar start(
      Path jar, Map<String, String> environment, Path output, List<String> arguments)
      throws IOException {
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(
          jar.toAbsolutePath()
              + " is missing: tests of the packaged jars run after the package phase (./mvnw"
              + " verify)");
    }
    List<String> command = new ArrayList<>(List.of(java().toString(), "-jar", jar.toString()));
    command.addAll(arguments);
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(Redirect.appendTo(output.toFile()));
    Map<String, String> env = builder.environment();
    env.keySet().retainAll(INHERITED);
    env.putAll(environment);
    Process process = builder.start();
    process.getOutputStream().close(); // nothing on stdin, as under a service manager
    return new PackagedJar(jar, process, output);
  }

  public long pid() {
    return process.pid();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** Everything the process printed so far, stdout and stderr interleaved. */
  public String output() {
    try {
      return new String(Files.readAllBytes(output), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The file that holds the output. */
  public Path outputFile() {
    return output;
  }

  /** Waits for the process to exit and returns its exit code; fails after {@code timeout}. */
  public int awaitExit(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new AssertionError(this + " still runs after " + timeout);
    }
    return process.exitValue();
  }

  /** Asks the process to stop (SIGTERM on Unix) and returns its exit code; fails after timeout. */
  public int stop(Duration timeout) throws InterruptedException {
    process.destroy();
    return awaitExit(timeout);
  }

  /** Kills the process without letting it clean up (SIGKILL on Unix), as a crash would. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(KILL_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new AssertionError(this + " survived SIGKILL for " + KILL_WAIT);
    }
  }

  /** Kills the process and any child it still has, if it runs. */
  @Override
  public void close() {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    if (process.isAlive()) {
      try {
        kill();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public String toString() {
    String state = process.isAlive() ? "running" : "exit " + process.exitValue();
    return "java -jar %s (pid %d, %s, output in %s)"
        .formatted(jar.getFileName(), process.pid(), state, output.toAbsolutePath());
  }
}
