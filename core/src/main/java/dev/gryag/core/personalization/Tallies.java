package dev.gryag.core.personalization;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Bounded counters for profiles. A map may grow to twice its limit; the insert that would pass that
 * cuts it back to the limit's best entries (ties broken by key), so an insert costs O(1) amortised
 * and the map never holds more than {@code 2 × limit} entries.
 */
final class Tallies {

  private static final double LOG2_E = 1 / Math.log(2);

  private Tallies() {}

  /** {@code counts} with each of {@code keys} counted once more, bounded by {@code limit}. */
  static Map<String, Long> add(Map<String, Long> counts, Collection<String> keys, int limit) {
    if (keys.isEmpty()) {
      return counts;
    }
    Map<String, Long> next = new HashMap<>(counts);
    for (String key : keys) {
      next.merge(key, 1L, Long::sum);
    }
    return bounded(next, limit);
  }

  /** {@code counts} with {@code key} counted once more, bounded by {@code limit}. */
  static Map<String, Long> add(Map<String, Long> counts, String key, int limit) {
    return add(counts, List.of(key), limit);
  }

  /**
   * {@code weights} with a mention of each key at exponent {@code x} added in log2 space: {@code w
   * = log2(2^w + 2^x)}; bounded by {@code limit}.
   */
  static Map<String, Double> addDecayed(
      Map<String, Double> weights, Collection<String> keys, double x, int limit) {
    if (keys.isEmpty()) {
      return weights;
    }
    Map<String, Double> next = new HashMap<>(weights);
    for (String key : keys) {
      next.merge(key, x, Tallies::log2Sum);
    }
    return bounded(next, limit);
  }

  /** {@code log2(2^a + 2^b)} without overflow. */
  static double log2Sum(double a, double b) {
    double high = Math.max(a, b);
    double low = Math.min(a, b);
    return high + Math.log1p(Math.pow(2, low - high)) * LOG2_E;
  }

  /** The {@code n} largest entries, largest first, ties by key. */
  static <V extends Comparable<V>> List<Map.Entry<String, V>> top(Map<String, V> map, int n) {
    return map.entrySet().stream().sorted(byValueDescending()).limit(n).toList();
  }

  private static <V extends Comparable<V>> Map<String, V> bounded(Map<String, V> map, int limit) {
    if (map.size() <= 2 * limit) {
      return map;
    }
    List<Map.Entry<String, V>> entries = new ArrayList<>(map.entrySet());
    entries.sort(byValueDescending());
    Map<String, V> kept = HashMap.newHashMap(limit);
    for (Map.Entry<String, V> entry : entries.subList(0, limit)) {
      kept.put(entry.getKey(), entry.getValue());
    }
    return kept;
  }

  private static <V extends Comparable<V>> Comparator<Map.Entry<String, V>> byValueDescending() {
    return Map.Entry.<String, V>comparingByValue(Comparator.reverseOrder())
        .thenComparing(Map.Entry.comparingByKey());
  }
}
