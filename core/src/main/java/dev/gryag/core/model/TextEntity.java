package dev.gryag.core.model;

import java.util.Objects;

/**
 * A marked span of a message's text, as Telegram reports it.
 *
 * @param type what the span is
 * @param offset start in UTF-16 code units, as Telegram counts
 * @param length length in UTF-16 code units; positive
 * @param url the target of a {@link Type#TEXT_LINK}, else null
 * @param user the member a {@link Type#TEXT_MENTION} points at, else null
 */
public record TextEntity(Type type, int offset, int length, String url, UserId user) {

  /** The entity kinds Gryag acts on; everything else is {@link #OTHER}. */
  public enum Type {
    MENTION,
    TEXT_MENTION,
    BOT_COMMAND,
    URL,
    TEXT_LINK,
    HASHTAG,
    OTHER
  }

  public TextEntity {
    Objects.requireNonNull(type, "type");
    if (offset < 0 || length <= 0) {
      throw new IllegalArgumentException(
          "entity span must have offset >= 0 and length > 0, was " + offset + "+" + length);
    }
  }

  public static TextEntity of(Type type, int offset, int length) {
    return new TextEntity(type, offset, length, null, null);
  }

  /** The covered text, or an empty string when the span lies outside {@code text}. */
  public String textIn(String text) {
    int end = offset + length;
    return end <= text.length() ? text.substring(offset, end) : "";
  }
}
