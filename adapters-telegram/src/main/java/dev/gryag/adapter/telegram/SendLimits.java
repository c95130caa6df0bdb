package dev.gryag.adapter.telegram;

import java.time.Duration;
import java.util.Objects;

/**
 * How fast the bot may send, after Telegram's published limits: about one message a second in a
 * chat, twenty a minute in a group, thirty a second overall.
 *
 * @param perChatInterval the least time between two messages in the same chat
 * @param perGroupPerMinute how many messages a group (any chat with a negative id) may get in a
 *     sliding minute
 * @param perSecondOverall how many messages the bot sends per second across all chats
 */
public record SendLimits(Duration perChatInterval, int perGroupPerMinute, int perSecondOverall) {

  /** Telegram's published limits. */
  public static final SendLimits TELEGRAM = new SendLimits(Duration.ofSeconds(1), 20, 30);

  public SendLimits {
    Objects.requireNonNull(perChatInterval, "perChatInterval");
    if (perChatInterval.isNegative()) {
      throw new IllegalArgumentException(
          "perChatInterval must not be negative, was " + perChatInterval);
    }
    if (perGroupPerMinute < 1) {
      throw new IllegalArgumentException(
          "perGroupPerMinute must be at least 1, was " + perGroupPerMinute);
    }
    if (perSecondOverall < 1) {
      throw new IllegalArgumentException(
          "perSecondOverall must be at least 1, was " + perSecondOverall);
    }
  }

  /** The least time between two sends across all chats, rounded up so a second never holds more. */
  Duration overallInterval() {
    return Duration.ofNanos((1_000_000_000L + perSecondOverall - 1) / perSecondOverall);
  }
}
