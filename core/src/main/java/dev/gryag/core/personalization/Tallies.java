package dev.gryag.core.personalization;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Bounded counters for profiles. A map may grow to twice its limit; the insert that would pass that
 * cuts it back to the limit's best entries (ties broken by key), so an insert costs O(1) amortised
 * and the map never holds more than {@code 2 × limit} entries.
 */
final class Tallies {

  private static final double LN_2 = Math.log(2);
  private static final double LOG2_E = 1 / LN_2;

  private Tallies() {}

  /** {@code counts} with each of {@code keys} counted once more, bounded by {@code limit}. */
  static Map<String, Long> add(Map<String, Long> counts, Collection<String> keys, int limit) {
    return bounded(SmallMap.copyOf(counts).mergeAll(keys, 1L, Long::sum), limit);
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
    return bounded(SmallMap.copyOf(weights).mergeAll(keys, x, Tallies::log2Sum), limit);
  }

  /** {@code log2(2^a + 2^b)} without overflow. */
  static double log2Sum(double a, double b) {
    double high = Math.max(a, b);
    double low = Math.min(a, b);
    return high + Math.log1p(Math.exp((low - high) * LN_2)) * LOG2_E;
  }

  /** The {@code n} largest entries, largest first, ties by key. */
  static <V extends Comparable<V>> List<Map.Entry<String, V>> top(Map<String, V> map, int n) {
    return map.entrySet().stream().sorted(byValueDescending()).limit(n).toList();
  }

  private static <V extends Number> SmallMap<V> bounded(SmallMap<V> map, int limit) {
    return map.size() <= 2 * limit ? map : map.largest(limit, Number::doubleValue);
  }

  private static <V extends Comparable<V>> Comparator<Map.Entry<String, V>> byValueDescending() {
    return Map.Entry.<String, V>comparingByValue(Comparator.reverseOrder())
        .thenComparing(Map.Entry.comparingByKey());
  }
}
