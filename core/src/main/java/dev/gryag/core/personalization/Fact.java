package dev.gryag.core.personalization;

import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.MessageRef;
import dev.gryag.core.model.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Something a member said about themselves in a chat, with how sure the bot is of it.
 *
 * @param chat the chat
 * @param member the member the fact is about
 * @param category what the fact is about
 * @param key the slot, unique per member (see {@link FactKeys})
 * @param value the value as stated, stripped; 1–200 characters
 * @param confidence how sure the bot was at {@code lastConfirmed}, in (0, 1]; it fades afterwards,
 *     see {@link #confidenceAt}
 * @param evidence how many statements confirmed this value; at least 1
 * @param source the newest message that stated it, or null when it came from elsewhere
 * @param firstConfirmed when the value was first stated
 * @param lastConfirmed when it was last stated
 */
public record Fact(
    ChatId chat,
    UserId member,
    FactCategory category,
    String key,
    String value,
    double confidence,
    int evidence,
    MessageRef source,
    Instant firstConfirmed,
    Instant lastConfirmed) {

  /** The longest value a fact holds. */
  public static final int MAX_VALUE_LENGTH = 200;

  public Fact {
    Objects.requireNonNull(chat, "chat");
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(category, "category");
    FactKeys.requireValid(key);
    value = FactKeys.requireValue(value);
    FactKeys.requireConfidence(confidence);
    Objects.requireNonNull(firstConfirmed, "firstConfirmed");
    Objects.requireNonNull(lastConfirmed, "lastConfirmed");
    if (evidence < 1) {
      throw new IllegalArgumentException("evidence must be at least 1, was " + evidence);
    }
    if (source != null && !source.chat().equals(chat)) {
      throw new IllegalArgumentException(
          "a fact's source " + source + " must be a message of its chat " + chat);
    }
    if (lastConfirmed.isBefore(firstConfirmed)) {
      throw new IllegalArgumentException(
          "lastConfirmed "
              + lastConfirmed
              + " must not be before firstConfirmed "
              + firstConfirmed);
    }
  }

  /**
   * The confidence at {@code now}: {@code confidence × 2^(−age/halfLife)}, where age is the time
   * since {@code lastConfirmed} (none before it). Stores compute the same formula in seconds.
   */
  public double confidenceAt(Instant now, Duration halfLife) {
    return decayed(confidence, lastConfirmed, now, halfLife);
  }

  static double decayed(double confidence, Instant since, Instant now, Duration halfLife) {
    if (!now.isAfter(since)) {
      return confidence;
    }
    double age =
        (now.getEpochSecond() - since.getEpochSecond()) + (now.getNano() - since.getNano()) / 1e9;
    double half = halfLife.getSeconds() + halfLife.getNano() / 1e9;
    return confidence * Math.pow(2, -age / half);
  }

  /** True when {@code other} says the same thing: equal values ignoring case and spacing. */
  public boolean sameValue(String other) {
    return normalised(value).equals(normalised(other));
  }

  private static String normalised(String text) {
    return text.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
  }
}
