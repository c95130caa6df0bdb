package dev.gryag.core.model;

/**
 * A chat's identifier as the Bot API numbers it: positive for private chats, negative for groups,
 * {@code -100…} for supergroups and channels.
 *
 * @param value the Bot API chat id; never zero
 */
public record ChatId(long value) {

  public ChatId {
    if (value == 0) {
      throw new IllegalArgumentException("chat id must not be 0");
    }
  }

  public static ChatId of(long value) {
    return new ChatId(value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
