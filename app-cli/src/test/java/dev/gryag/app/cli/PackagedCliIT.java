package dev.gryag.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gryag.core.testing.PackagedJar;
import dev.gryag.core.testing.PackagedJars;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as it ships: {@code java -jar target/gryag-cli.jar}, with nothing but {@code
 * target/lib/} beside it, run as a process.
 */
class PackagedCliIT {

  private static final Duration EXIT = Duration.ofSeconds(90);

  @TempDir Path home;

  @RegisterExtension final PackagedJars cli = new PackagedJars(Path.of("target", "gryag-cli.jar"));

  @Test
  void printsItsHelp() throws Exception {
    PackagedJar run = cli.start(Map.of(), "--help");

    assertThat(run.awaitExit(EXIT)).as("exit code").isZero();
    assertThat(run.output()).contains("Usage: gryag", "analyze", "import", "Exit codes");
  }

  @Test
  void theHelpOfTzNamesTheSystemsZone() throws Exception {
    PackagedJar run = cli.start(Map.of(), "analyze", "--help");

    assertThat(run.awaitExit(EXIT)).as("exit code").isZero();
    assertThat(run.output())
        .contains("(default: the system's, " + java.time.ZoneId.systemDefault().getId() + ")")
        .doesNotContain("null");
  }

  @Test
  void analyzesTheSampleExport() throws Exception {
    PackagedJar run = cli.start(Map.of(), "analyze", Exports.sample().toString());

    assertThat(run.awaitExit(EXIT)).as("exit code").isZero();
    assertThat(run.output())
        .contains("Overview", "Members", "Sam Taylor", "143")
        .doesNotContain("NoClassDefFoundError", "Exception");
  }

  @Test
  void anErrorLineQuotingAHostileFileNameReachesTheTerminalWithoutItsEscapeSequences()
      throws Exception {
    String hostile =
        home.resolve("\u001b]0;pwned\u0007\u001b[31mno-such\u001b[0m\u202e.json").toString();

    PackagedJar run = cli.start(Map.of(), "analyze", hostile);

    assertThat(run.awaitExit(EXIT)).as("exit code").isEqualTo(3);
    assertThat(run.output())
        .contains("gryag analyze:", "no-such.json")
        .doesNotContain("\u001b", "\u0007", "\u202e", "pwned");
  }

  @Test
  void importsTheSampleExportIntoTheEmbeddedDatabaseAndStopsIt() throws Exception {
    PackagedJar run =
        cli.start(Map.of("GRYAG_HOME", home.toString()), "import", Exports.sample().toString());

    assertThat(run.awaitExit(EXIT)).as("exit code").isZero();
    assertThat(run.output())
        .contains("Imported", "embedded PostgreSQL", "143")
        .doesNotContain("NoClassDefFoundError", "Exception")
        .as("no JVM warning from the wiring's libraries")
        .doesNotContain("sun.misc.Unsafe");
    try (Stream<Path> files = Files.walk(home)) {
      assertThat(files.map(Path::getFileName).map(Path::toString))
          .as("a running PostgreSQL's lock file")
          .doesNotContain("postmaster.pid");
    }
  }
}
