package dev.gryag.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Starts one packaged jar as processes for a test ({@code @RegisterExtension final PackagedJars
 * bots = new PackagedJars(Path.of("target/gryag-bot.jar"))}), kills whatever still runs after the
 * test, and prints what each process printed when the test fails. Outputs go to {@code
 * target/process-output/} and stay there for a failed test.
 */
public final class PackagedJars implements AfterEachCallback, TestWatcher {

  private static final Path OUTPUTS = Path.of("target", "process-output");
  private static final int PRINTED_LINES = 300;

  private final Path jar;
  private final List<PackagedJar> started = new CopyOnWriteArrayList<>();

  /** {@code jar} relative to the module's folder, where Failsafe runs the tests. */
  public PackagedJars(Path jar) {
    this.jar = jar;
  }

  /** Starts {@code java -jar JAR ARGS} with {@code environment} (and little else, see there). */
  public PackagedJar start(Map<String, String> environment, String... arguments) {
    try {
      Files.createDirectories(OUTPUTS);
      String name = jar.getFileName().toString().replaceFirst("\\.jar$", "");
      Path output = Files.createTempFile(OUTPUTS, name + "-", ".log");
      PackagedJar process = PackagedJar.start(jar, environment, output, List.of(arguments));
      started.add(process);
      return process;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    started.forEach(PackagedJar::close);
  }

  @Override
  public void testFailed(ExtensionContext context, Throwable cause) {
    for (PackagedJar process : started) {
      List<String> lines = process.output().lines().toList();
      int skipped = Math.max(0, lines.size() - PRINTED_LINES);
      System.out.printf("---- %s printed ----%n", process);
      if (skipped > 0) {
        System.out.printf("[… %d earlier lines in the file]%n", skipped);
      }
      lines.subList(skipped, lines.size()).forEach(System.out::println);
      System.out.printf("---- end of pid %d ----%n", process.pid());
    }
    started.clear();
  }

  @Override
  public void testSuccessful(ExtensionContext context) {
    forgetOutputs();
  }

  @Override
  public void testAborted(ExtensionContext context, Throwable cause) {
    forgetOutputs();
  }

  @Override
  public void testDisabled(ExtensionContext context, Optional<String> reason) {
    forgetOutputs();
  }

  private void forgetOutputs() {
    for (PackagedJar process : started) {
      try {
        Files.deleteIfExists(process.outputFile());
      } catch (IOException e) {
        // Only a log file in target/; the next clean takes it.
      }
    }
    started.clear();
  }
}
