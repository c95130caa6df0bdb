package dev.gryag.adapter.telegram.export;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the real sample exports in {@code shared/testdata/telegram-exports}, which lives beside the
 * repository: walks up from the working directory until a directory holds it.
 */
final class SharedExports {

  private static final Path RELATIVE = Path.of("shared", "testdata", "telegram-exports");

  private SharedExports() {}

  static Path file(String name) {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(RELATIVE);
      if (Files.isDirectory(candidate)) {
        return candidate.resolve(name);
      }
    }
    throw new IllegalStateException(
        "no "
            + RELATIVE
            + " above "
            + Path.of("").toAbsolutePath()
            + ": clone the shared test data beside the repository");
  }
}
