package dev.gryag.core.analytics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts values in bounded memory and tells the most frequent ones: a capped map with pruning.
 *
 * <p>Up to {@code capacity} distinct values every count is exact. When it holds twice its capacity
 * it keeps the {@code capacity} most frequent values and forgets the rest, remembering the largest
 * count it forgot (the floor). A value admitted after a prune may have been forgotten before, so
 * its count may fall short by the floor at its admission. {@link #top} therefore knows when its
 * answer is certain: when every listed value was admitted before the first prune (so its count is
 * exact) and the smallest listed count is at least the floor and at least what any unlisted value
 * could have. Chat words, emoji and reactions follow Zipf's law, so the frequent ones are admitted
 * early and stay: the answer is then exact even after many prunes of the rare tail.
 */
final class TopCounter {

  private static final int COUNT = 0;
  private static final int SHORTFALL = 1;
  private static final Comparator<Map.Entry<String, long[]>> MOST_FIRST =
      Comparator.<Map.Entry<String, long[]>>comparingLong(entry -> -entry.getValue()[COUNT])
          .thenComparing(Map.Entry::getKey);

  private final int capacity;
  private final HashMap<String, long[]> counts = new HashMap<>();
  private long floor;

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
      count[COUNT] += times;
      return;
    }
    counts.put(value, new long[] {times, floor});
    if (counts.size() > 2 * capacity) {
      prune();
    }
  }

  /** The {@code limit} most frequent values, ties broken by value. */
  TopList top(int limit) {
    List<Map.Entry<String, long[]>> entries = sorted();
    List<Ranked> top = new ArrayList<>(Math.min(limit, entries.size()));
    boolean exact = true;
    long smallestListed = Long.MAX_VALUE;
    long largestUnlisted = floor;
    for (Map.Entry<String, long[]> entry : entries) {
      long[] count = entry.getValue();
      if (top.size() < limit) {
        top.add(new Ranked(entry.getKey(), count[COUNT]));
        exact &= count[SHORTFALL] == 0;
        smallestListed = count[COUNT];
      } else {
        largestUnlisted = Math.max(largestUnlisted, count[COUNT] + count[SHORTFALL]);
      }
    }
    boolean complete = floor == 0 || top.isEmpty() || smallestListed >= largestUnlisted;
    return new TopList(top, exact && complete);
  }

  private List<Map.Entry<String, long[]>> sorted() {
    List<Map.Entry<String, long[]>> entries = new ArrayList<>(counts.entrySet());
    entries.sort(MOST_FIRST);
    return entries;
  }

  private void prune() {
    List<Map.Entry<String, long[]>> entries = sorted();
    for (Map.Entry<String, long[]> forgotten : entries.subList(capacity, entries.size())) {
      floor = Math.max(floor, forgotten.getValue()[COUNT]);
      counts.remove(forgotten.getKey());
    }
  }
}
