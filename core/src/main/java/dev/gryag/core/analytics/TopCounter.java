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

  private static final Comparator<Map.Entry<String, Entry>> MOST_FIRST =
      Comparator.<Map.Entry<String, Entry>>comparingLong(entry -> -entry.getValue().count)
          .thenComparing(Map.Entry::getKey);

  /** How many sightings of a value offer a label for it: enough to find the common word form. */
  private static final int LABEL_SAMPLES = 4;

  /** A value's count, how much it may fall short, and the label it is shown by. */
  private static final class Entry {
    long count;
    final long shortfall;
    String label;
    int labelSamples = 1;

    Entry(long count, long shortfall, String label) {
      this.count = count;
      this.shortfall = shortfall;
      this.label = label;
    }

    void offer(String candidate) {
      labelSamples++;
      if (candidate.length() < label.length()
          || (candidate.length() == label.length() && candidate.compareTo(label) < 0)) {
        label = candidate;
      }
    }
  }

  private final int capacity;
  private final HashMap<String, Entry> counts = new HashMap<>();
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
    add(value, value, times);
  }

  /**
   * Counts {@code value} {@code times} times; it is listed under the shortest {@code label} given
   * for it (the alphabetically first of equally short ones), e.g. a word for a stem.
   */
  void add(String value, String label, long times) {
    Entry entry = counts.get(value);
    if (entry != null) {
      entry.count += times;
      entry.offer(label);
      return;
    }
    admit(value, new Entry(times, floor, label));
  }

  /**
   * Counts a keyword once, labelled by the shortest word of the text it came from, among its first
   * {@value #LABEL_SAMPLES} sightings (finding the word costs a scan of the text, so it is done
   * only while the label may still change much).
   */
  void add(String stem, SurfaceForms forms) {
    Entry entry = counts.get(stem);
    if (entry != null) {
      entry.count++;
      if (entry.labelSamples < LABEL_SAMPLES) {
        entry.offer(forms.of(stem));
      }
      return;
    }
    admit(stem, new Entry(1, floor, forms.of(stem)));
  }

  private void admit(String value, Entry entry) {
    counts.put(value, entry);
    if (counts.size() > 2 * capacity) {
      prune();
    }
  }

  /** The {@code limit} most frequent values, ties broken by value. */
  TopList top(int limit) {
    List<Map.Entry<String, Entry>> entries = sorted();
    List<Ranked> top = new ArrayList<>(Math.min(limit, entries.size()));
    boolean exact = true;
    long smallestListed = Long.MAX_VALUE;
    long largestUnlisted = floor;
    for (Map.Entry<String, Entry> each : entries) {
      Entry entry = each.getValue();
      if (top.size() < limit) {
        top.add(new Ranked(entry.label, entry.count));
        exact &= entry.shortfall == 0;
        smallestListed = entry.count;
      } else {
        largestUnlisted = Math.max(largestUnlisted, entry.count + entry.shortfall);
      }
    }
    boolean complete = floor == 0 || top.isEmpty() || smallestListed >= largestUnlisted;
    return new TopList(top, exact && complete);
  }

  private List<Map.Entry<String, Entry>> sorted() {
    List<Map.Entry<String, Entry>> entries = new ArrayList<>(counts.entrySet());
    entries.sort(MOST_FIRST);
    return entries;
  }

  private void prune() {
    List<Map.Entry<String, Entry>> entries = sorted();
    for (Map.Entry<String, Entry> forgotten : entries.subList(capacity, entries.size())) {
      floor = Math.max(floor, forgotten.getValue().count);
      counts.remove(forgotten.getKey());
    }
  }
}
