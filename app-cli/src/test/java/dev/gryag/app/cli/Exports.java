package dev.gryag.app.cli;

import dev.gryag.core.testing.SharedTestData;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the tests' exports are: the shared real ones, the sample, this module's crafted ones. */
public final class Exports {

  private Exports() {}

  /**
   * A real export in {@code shared/testdata/telegram-exports} beside the repository; the test is
   * skipped, with the reason, when it is not there.
   */
  public static Path shared(String name) {
    return SharedTestData.exports(name);
  }

  /** The sample that ships in {@code docs/examples}. */
  public static Path sample() {
    return above(Path.of("docs", "examples")).resolve("carpathians-trip.json");
  }

  /** A crafted export among this module's test resources. */
  public static Path resource(String name) {
    try {
      return Path.of(Exports.class.getResource(name).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("missing test resource " + name, e);
    }
  }

  private static Path above(Path relative) {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve(relative))) {
        return dir.resolve(relative);
      }
    }
    throw new IllegalStateException("no " + relative + " above " + Path.of("").toAbsolutePath());
  }
}
