package dev.gryag.core.personalization;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What a member talks about, as time-decayed counts that forget old interests.
 *
 * <p>Each value is a log2 weight: for a key mentioned at instants t1…tn, {@code w = log2(Σ
 * 2^(ti/h))} with ti in epoch seconds and h the interest half-life in seconds. Its score at instant
 * T is {@code 2^(w − T/h)}: every mention counts 1 when new and half as much each half-life later.
 * Stored this way, a new mention is an O(1) update that never overflows.
 *
 * @param topics topic tags → log2 weight; bounded by twice {@link ProfileSettings#topics()}; copied
 * @param keywords keywords → log2 weight; bounded by twice {@link ProfileSettings#keywords()};
 *     copied
 */
public record InterestScores(Map<String, Double> topics, Map<String, Double> keywords) {

  public static final InterestScores NONE = new InterestScores(Map.of(), Map.of());

  public InterestScores {
    topics = SmallMap.copyOf(topics);
    keywords = SmallMap.copyOf(keywords);
  }

  /** The score of a log2 weight at {@code now}, for interests with the given half-life. */
  public static double score(double log2Weight, Instant now, Duration halfLife) {
    return Math.pow(2, log2Weight - exponent(now, halfLife));
  }

  /** The log2 weight of a single mention at {@code at}: the exponent {@code t/h}. */
  static double exponent(Instant at, Duration halfLife) {
    double seconds = at.getEpochSecond() + at.getNano() / 1e9;
    return seconds / (halfLife.toNanos() / 1e9);
  }

  /** Up to {@code n} keys of {@code weights} scoring at least {@code minScore} now, best first. */
  public static List<String> top(
      Map<String, Double> weights, int n, Instant now, Duration halfLife, double minScore) {
    double floor = Math.log(minScore) / Math.log(2) + exponent(now, halfLife);
    return weights.entrySet().stream()
        .filter(e -> e.getValue() >= floor)
        .sorted(
            Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(n)
        .map(Map.Entry::getKey)
        .toList();
  }
}
