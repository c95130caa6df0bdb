package dev.gryag.core.cleanup;

import java.time.Duration;
import java.util.Objects;

/**
 * How long each kind of data is kept. Messages that are important (pinned, or the source of a fact)
 * are never deleted by retention; preferences (and opt-outs) are never deleted at all.
 *
 * @param messages the message rule
 * @param profileIdleAfter a member's profile goes once they have been silent this long; default 180
 *     days
 * @param factFloor a fact goes once its faded confidence is below this; default 0.1
 * @param analysisCacheMaxAge cached analyses older than this go; default 7 days
 * @param summaryMaxAge chat summaries whose period ended longer ago than this go; default 730 days
 */
public record RetentionPolicy(
    MessageRetention messages,
    Duration profileIdleAfter,
    double factFloor,
    Duration analysisCacheMaxAge,
    Duration summaryMaxAge) {

  /** The documented defaults (see {@code docs/personalization.md}). */
  public static final RetentionPolicy DEFAULTS =
      new RetentionPolicy(
          MessageRetention.DEFAULTS,
          Duration.ofDays(180),
          0.1,
          Duration.ofDays(7),
          Duration.ofDays(730));

  public RetentionPolicy {
    Objects.requireNonNull(messages, "messages");
    requirePositive("profileIdleAfter", profileIdleAfter);
    requirePositive("analysisCacheMaxAge", analysisCacheMaxAge);
    requirePositive("summaryMaxAge", summaryMaxAge);
    if (!(factFloor >= 0 && factFloor < 1)) {
      throw new IllegalArgumentException("factFloor must be in [0, 1), was " + factFloor);
    }
  }

  static void requirePositive(String field, Duration value) {
    Objects.requireNonNull(value, field);
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(field + " must be positive, was " + value);
    }
  }

  /**
   * How long messages are kept.
   *
   * @param maxAge messages older than this go; default 90 days
   * @param maxPerChat beyond this many in a chat, the oldest go; default 100,000
   * @param compaction whether they are summarised first; default {@link Compaction#BEST_EFFORT}
   */
  public record MessageRetention(Duration maxAge, int maxPerChat, Compaction compaction) {

    public static final MessageRetention DEFAULTS =
        new MessageRetention(Duration.ofDays(90), 100_000, Compaction.BEST_EFFORT);

    public MessageRetention {
      requirePositive("messages.maxAge", maxAge);
      Objects.requireNonNull(compaction, "compaction");
      if (maxPerChat < 1) {
        throw new IllegalArgumentException(
            "messages.maxPerChat must be positive, was " + maxPerChat);
      }
    }
  }
}
