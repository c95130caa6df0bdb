package dev.gryag.core.analytics;

import java.util.Arrays;

/**
 * Who sent the last {@code capacity} messages of a chat and when: where replies find their targets.
 * Bounded, so a reply to a message further back finds nothing; a repeated id maps to its latest
 * message. Kept in primitive arrays — a ring of the recent messages and an open-addressing index
 * from id to ring slot — so remembering a message allocates nothing.
 */
final class RecentMessages {

  /** The author's member index and the message's epoch second. */
  record Remembered(int member, long epochSecond) {}

  private static final int EMPTY = -1;

  private final int capacity;
  private final long[] ids;
  private final int[] members;
  private final long[] seconds;
  private final int[] index;
  private final int mask;
  private int next;
  private int size;

  RecentMessages(int capacity) {
    this.capacity = capacity;
    this.ids = new long[capacity];
    this.members = new int[capacity];
    this.seconds = new long[capacity];
    int table = Integer.highestOneBit(Math.max(4, capacity) * 2 - 1) << 1;
    this.index = new int[table];
    this.mask = table - 1;
    Arrays.fill(index, EMPTY);
  }

  void remember(long messageId, int member, long epochSecond) {
    if (size == capacity) {
      remove(next);
    } else {
      size++;
    }
    int slot = next;
    next = (next + 1) % capacity;
    ids[slot] = messageId;
    members[slot] = member;
    seconds[slot] = epochSecond;
    int at = position(messageId);
    index[at] = slot; // a repeated id now points at its latest message
  }

  /** The message with this id, or null when it is unknown or too far back. */
  Remembered find(long messageId) {
    int slot = index[position(messageId)];
    return slot == EMPTY ? null : new Remembered(members[slot], seconds[slot]);
  }

  void clear() {
    Arrays.fill(index, EMPTY);
    next = 0;
    size = 0;
  }

  /** The index position holding {@code id}, or the empty position where it would go. */
  private int position(long id) {
    int at = hash(id) & mask;
    while (index[at] != EMPTY && ids[index[at]] != id) {
      at = (at + 1) & mask;
    }
    return at;
  }

  /** Forgets the message in ring slot {@code slot}, unless a later message took over its id. */
  private void remove(int slot) {
    int at = position(ids[slot]);
    if (index[at] != slot) {
      return;
    }
    index[at] = EMPTY;
    // Backward-shift deletion keeps every probe chain of linear probing unbroken.
    int gap = at;
    for (int probe = (at + 1) & mask; index[probe] != EMPTY; probe = (probe + 1) & mask) {
      int home = hash(ids[index[probe]]) & mask;
      boolean movable =
          gap <= probe ? (home <= gap || home > probe) : (home <= gap && home > probe);
      if (movable) {
        index[gap] = index[probe];
        index[probe] = EMPTY;
        gap = probe;
      }
    }
  }

  private static int hash(long id) {
    long h = id * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }
}
