package dev.gryag.core.analytics;

import java.util.Arrays;

/**
 * Who sent the recent messages of a chat and when: where replies find their targets. A ring
 * addressed by message id modulo its capacity: a message stays findable until one whose id is
 * {@code capacity} higher (or equal, for repeated ids) takes its place, so replies reach back
 * {@code capacity} message ids, a repeated id maps to its latest message, and remembering a message
 * allocates nothing. Telegram numbers a chat's messages upwards, so neighbouring messages sit in
 * neighbouring slots.
 */
final class RecentMessages {

  /** The author's member index and the message's epoch second. */
  record Remembered(int member, long epochSecond) {}

  private static final long NONE = Long.MIN_VALUE;

  private final long[] ids;
  private final int[] members;
  private final long[] seconds;

  RecentMessages(int capacity) {
    this.ids = new long[capacity];
    this.members = new int[capacity];
    this.seconds = new long[capacity];
    Arrays.fill(ids, NONE);
  }

  void remember(long messageId, int member, long epochSecond) {
    int slot = slot(messageId);
    ids[slot] = messageId;
    members[slot] = member;
    seconds[slot] = epochSecond;
  }

  /** The latest message with this id, or null when it is unknown or too far back. */
  Remembered find(long messageId) {
    int slot = slot(messageId);
    return ids[slot] == messageId ? new Remembered(members[slot], seconds[slot]) : null;
  }

  void clear() {
    Arrays.fill(ids, NONE);
  }

  private int slot(long messageId) {
    return (int) Math.floorMod(messageId, (long) ids.length);
  }
}
