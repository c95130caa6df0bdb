package dev.gryag.core.analytics;

import java.time.Duration;
import java.util.List;

/**
 * Who replies to whom, and how fast.
 *
 * @param replies messages that reply to another message
 * @param resolved replies whose target was found (same chat, recent enough to be remembered)
 * @param toOtherChats replies to a message of another chat
 * @param timed replies to someone else's message with a non-negative delay: the sample of {@code
 *     typicalResponse}
 * @param typicalResponse the median delay of the timed replies, or null when there is none
 * @param pairs who replied to whom how often, most frequent first; copied, never null
 */
public record ReplySummary(
    long replies,
    long resolved,
    long toOtherChats,
    long timed,
    Duration typicalResponse,
    List<ReplyPair> pairs) {

  public ReplySummary {
    pairs = List.copyOf(pairs);
  }

  /** Replies whose target could not be found: deleted, outside the export, or too far back. */
  public long unresolved() {
    return replies - resolved - toOtherChats;
  }
}
