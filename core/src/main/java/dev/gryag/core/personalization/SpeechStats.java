package dev.gryag.core.personalization;

import java.util.Map;

/**
 * How a member writes: totals over their messages, from which averages and style follow.
 *
 * @param textMessages messages with at least one word; the denominator of every average here
 * @param characters characters over all text messages
 * @param words words over all text messages
 * @param questions text messages that ask something
 * @param exclamations text messages that exclaim
 * @param shouting text messages written mostly in capitals
 * @param profane text messages with profanity
 * @param links messages carrying at least one link
 * @param media messages carrying media (photo, sticker, voice, …)
 * @param formality the sum of each text message's formality score (0 casual … 1 formal)
 * @param languages language code ({@code uk}, {@code ru}, {@code en}, {@code other}) → text
 *     messages; at most five keys; copied
 */
public record SpeechStats(
    long textMessages,
    long characters,
    long words,
    long questions,
    long exclamations,
    long shouting,
    long profane,
    long links,
    long media,
    double formality,
    Map<String, Long> languages) {

  public static final SpeechStats NONE = new SpeechStats(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, Map.of());

  public SpeechStats {
    if (textMessages < 0
        || characters < 0
        || words < 0
        || questions < 0
        || exclamations < 0
        || shouting < 0
        || profane < 0
        || links < 0
        || media < 0) {
      throw new IllegalArgumentException("speech counts must not be negative");
    }
    if (!(formality >= 0 && formality <= textMessages)) {
      throw new IllegalArgumentException(
          "formality must be in [0, textMessages], was " + formality + " of " + textMessages);
    }
    languages = SmallMap.copyOf(languages);
  }

  /** Mean words per text message; 0 before the first one. */
  public double meanWords() {
    return textMessages == 0 ? 0 : (double) words / textMessages;
  }

  /** Mean characters per text message; 0 before the first one. */
  public double meanCharacters() {
    return textMessages == 0 ? 0 : (double) characters / textMessages;
  }

  /** Mean formality from 0 (casual) to 1 (formal); 0.5 before the first text message. */
  public double meanFormality() {
    return textMessages == 0 ? 0.5 : formality / textMessages;
  }
}
