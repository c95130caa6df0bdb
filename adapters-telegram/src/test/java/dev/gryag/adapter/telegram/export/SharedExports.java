package dev.gryag.adapter.telegram.export;

import dev.gryag.core.testing.SharedTestData;
import java.nio.file.Path;

/**
 * The real sample exports in {@code shared/testdata/telegram-exports} beside the repository; a test
 * that asks for one is skipped, with the reason, when they are not there.
 */
final class SharedExports {

  private SharedExports() {}

  static Path file(String name) {
    return SharedTestData.exports(name);
  }
}
