package dev.gryag.core.conversation;

import dev.gryag.core.model.Author;
import dev.gryag.core.model.AuthorKind;
import dev.gryag.core.model.UserId;
import java.util.Objects;

/**
 * Who the bot is on the platform: how members address it and how its own messages are stored.
 *
 * @param id the bot's user id
 * @param username the bot's username without {@code @}; mentions and {@code /command@username}
 *     match it case-insensitively
 * @param name the display name its stored messages carry; the username when null or blank
 */
public record BotIdentity(UserId id, String username, String name) {

  public BotIdentity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(username, "username");
    if (username.isBlank() || username.startsWith("@")) {
      throw new IllegalArgumentException(
          "username must be non-blank and without '@', was '" + username + "'");
    }
    name = name == null || name.isBlank() ? username : name;
  }

  /** The author the bot's own stored messages carry. */
  public Author author() {
    return new Author(id, name, username, AuthorKind.BOT);
  }

  /** True when {@code candidate} (with or without a leading {@code @}) names this bot. */
  public boolean isNamed(String candidate) {
    if (candidate == null) {
      return false;
    }
    String bare = candidate.startsWith("@") ? candidate.substring(1) : candidate;
    return bare.equalsIgnoreCase(username);
  }
}
