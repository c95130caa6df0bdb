package dev.gryag.core.analytics;

import java.util.Objects;

/**
 * The reactions of one kind a message received.
 *
 * @param kind a standard emoji, a custom emoji, or paid stars
 * @param emoji the emoji for {@link Kind#EMOJI}, the custom emoji's document id for {@link
 *     Kind#CUSTOM_EMOJI}, empty for {@link Kind#PAID}; never null
 * @param count how many members reacted so; not negative
 */
public record Reaction(Kind kind, String emoji, long count) {

  /** What a reaction is made of. */
  public enum Kind {
    /** A standard emoji. */
    EMOJI,
    /** A custom (premium) emoji, known by its document id. */
    CUSTOM_EMOJI,
    /** Paid Telegram Stars. */
    PAID
  }

  public Reaction {
    Objects.requireNonNull(kind, "kind");
    emoji = emoji == null ? "" : emoji;
    if (count < 0) {
      throw new IllegalArgumentException("reaction count must not be negative, was " + count);
    }
  }

  /** How the reaction reads in a report: the emoji, {@code custom:<id>}, or {@code ⭐ paid}. */
  public String label() {
    return switch (kind) {
      case EMOJI -> emoji;
      case CUSTOM_EMOJI -> "custom:" + emoji;
      case PAID -> "⭐ paid";
    };
  }
}
