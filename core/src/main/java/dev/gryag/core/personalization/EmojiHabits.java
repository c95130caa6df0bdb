package dev.gryag.core.personalization;

import java.util.Map;

/**
 * Which emoji a member uses and how much.
 *
 * @param total emoji over all messages
 * @param messagesWithEmoji messages with at least one emoji
 * @param top the most used emoji → uses; approximate top-N bounded by twice {@link
 *     ProfileSettings#emoji()} (the rarest go first); copied
 */
public record EmojiHabits(long total, long messagesWithEmoji, Map<String, Long> top) {

  public static final EmojiHabits NONE = new EmojiHabits(0, 0, Map.of());

  public EmojiHabits {
    if (total < 0 || messagesWithEmoji < 0 || messagesWithEmoji > total) {
      throw new IllegalArgumentException(
          "emoji counts must satisfy 0 <= messagesWithEmoji <= total, were "
              + messagesWithEmoji
              + " and "
              + total);
    }
    top = SmallMap.copyOf(top);
  }
}
