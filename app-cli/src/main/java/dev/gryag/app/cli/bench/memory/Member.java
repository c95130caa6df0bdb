package dev.gryag.app.cli.bench.memory;

import dev.gryag.core.analytics.Sender;

/**
 * A member of the generated chat.
 *
 * @param name the display name, also how turns in the prompt are attributed
 * @param userId the Telegram user id, as an export names it ({@code user<id>})
 * @param language the usual language: 0 Ukrainian, 1 Russian, 2 English ({@link MemoryTexts#in})
 */
record Member(String name, long userId, int language) {

  Sender sender() {
    return Sender.of("user" + userId, name);
  }
}
