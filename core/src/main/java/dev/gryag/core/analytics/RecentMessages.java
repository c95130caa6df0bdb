package dev.gryag.core.analytics;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Who sent the last {@code capacity} messages of a chat and when: where replies find their targets.
 * Bounded, so a reply to a message further back finds nothing; a repeated id maps to its latest
 * message.
 */
final class RecentMessages {

  /** The author's member index and the message's epoch second. */
  record Remembered(int member, long epochSecond) {}

  private final Map<Long, Remembered> recent;

  RecentMessages(int capacity) {
    this.recent =
        new LinkedHashMap<>(1024, 0.75f, false) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<Long, Remembered> eldest) {
            return size() > capacity;
          }
        };
  }

  void remember(long messageId, int member, long epochSecond) {
    recent.put(messageId, new Remembered(member, epochSecond));
  }

  /** The message with this id, or null when it is unknown or too far back. */
  Remembered find(long messageId) {
    return recent.get(messageId);
  }

  void clear() {
    recent.clear();
  }
}
