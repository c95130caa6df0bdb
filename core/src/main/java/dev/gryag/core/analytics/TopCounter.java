package dev.gryag.core.analytics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Counts values in bounded memory and tells the most frequent ones: a capped map with pruning.
 *
 * <p>Up to {@code capacity} distinct values every count is exact. When it holds twice its capacity
 * it keeps the {@code capacity} most frequent values and forgets the rest; a forgotten value seen
 * again starts from zero. So after a prune the counts are lower bounds, off by at most the largest
 * count ever forgotten, and a value must stay among the frequent ones to keep its full count —
 * which the frequent words, emoji and reactions of a chat do (their frequencies follow Zipf's law).
 * {@link TopList#exact()} says whether a prune ever happened.
 */
final class TopCounter {

  private static final Comparator<Map.Entry<String, long[]>> MOST_FIRST =
      Comparator.<Map.Entry<String, long[]>>comparingLong(entry -> -entry.getValue()[0])
          .thenComparing(Map.Entry::getKey);

  private final int capacity;
  private final HashMap<String, long[]> counts = new HashMap<>();
  private boolean pruned;

  TopCounter(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive, was " + capacity);
    }
    this.capacity = capacity;
  }

  void add(String value) {
    add(value, 1);
  }

  void add(String value, long times) {
    long[] count = counts.get(value);
    if (count != null) {
      count[0] += times;
      return;
    }
    counts.put(value, new long[] {times});
    if (counts.size() > 2 * capacity) {
      prune();
    }
  }

  /** The {@code limit} most frequent values, ties broken by value. */
  TopList top(int limit) {
    List<Map.Entry<String, long[]>> entries = new ArrayList<>(counts.entrySet());
    entries.sort(MOST_FIRST);
    List<Ranked> top = new ArrayList<>(Math.min(limit, entries.size()));
    for (Map.Entry<String, long[]> entry : entries) {
      if (top.size() == limit) {
        break;
      }
      if (entry.getValue()[0] > 0) {
        top.add(new Ranked(entry.getKey(), entry.getValue()[0]));
      }
    }
    return new TopList(top, !pruned);
  }

  private void prune() {
    List<Map.Entry<String, long[]>> entries = new ArrayList<>(counts.entrySet());
    entries.sort(MOST_FIRST);
    HashMap<String, long[]> keep = new HashMap<>();
    Iterator<Map.Entry<String, long[]>> it = entries.iterator();
    for (int i = 0; i < capacity && it.hasNext(); i++) {
      Map.Entry<String, long[]> entry = it.next();
      keep.put(entry.getKey(), entry.getValue());
    }
    counts.clear();
    counts.putAll(keep);
    pruned = true;
  }
}
