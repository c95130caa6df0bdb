package dev.gryag.core.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The project's shared, read-only test inputs in {@code shared/testdata}, which live beside the
 * repository (CI lays them there; a plain clone has none). A test that needs them calls {@link
 * #exports} or {@link #language}: without them it is skipped with a one-line reason, not failed.
 */
public final class SharedTestData {

  private static final Path RELATIVE = Path.of("shared", "testdata");

  private SharedTestData() {}

  /** A real Telegram Desktop export in {@code shared/testdata/telegram-exports}; skips without. */
  public static Path exports(String name) {
    return folder("telegram-exports").resolve(name);
  }

  /** A file of the language test lines in {@code shared/testdata/language}; skips without. */
  public static Path language(String name) {
    return folder("language").resolve(name);
  }

  /** The shared test data folder, when it is beside the repository (or above the working one). */
  public static Optional<Path> root() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(RELATIVE);
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private static Path folder(String name) {
    Optional<Path> folder = root().map(r -> r.resolve(name)).filter(Files::isDirectory);
    assumeTrue(
        folder.isPresent(),
        "skipped: no shared/testdata/" + name + " beside the repository (CI lays it there)");
    return folder.get();
  }
}
