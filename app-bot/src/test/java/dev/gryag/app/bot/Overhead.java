package dev.gryag.app.bot;

import dev.gryag.app.bot.ops.BotMetrics;
import io.prometheus.metrics.model.snapshots.HistogramSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The bot's overhead histogram at one moment, for the load run: counts per native (exponential)
 * bucket, which at the default schema are about 2% apart where the classic buckets are up to a
 * factor 2.5 apart. Buckets of different schemas nest, so merged upper bounds stay exact bounds.
 */
record Overhead(long count, double sum, TreeMap<Double, Long> buckets) {

  private static final String METRIC = "gryag_message_overhead_seconds";

  /** The histogram per outcome, plus {@code all}. */
  static Map<String, Overhead> byOutcome(BotMetrics metrics) {
    Map<String, Overhead> result = new LinkedHashMap<>();
    Overhead all = new Overhead(0, 0, new TreeMap<>());
    for (MetricSnapshot snapshot : metrics.registry().scrape()) {
      if (snapshot instanceof HistogramSnapshot h && h.getMetadata().getName().equals(METRIC)) {
        for (var data : h.getDataPoints()) {
          Overhead one = of(data);
          result.put(data.getLabels().get("outcome"), one);
          all = all.plus(one, 1);
        }
      }
    }
    result.put("all", all);
    return result;
  }

  /** What was observed between two moments, per outcome. */
  static Map<String, Overhead> difference(
      Map<String, Overhead> after, Map<String, Overhead> before) {
    Map<String, Overhead> result = new LinkedHashMap<>();
    after.forEach((outcome, a) -> {
      Overhead b = before.get(outcome);
      Overhead d = b == null ? a : a.plus(b, -1);
      if (d.count > 0) {
        result.put(outcome, d);
      }
    });
    return result;
  }

  private static Overhead of(HistogramSnapshot.HistogramDataPointSnapshot data) {
    double base = Math.pow(2, Math.pow(2, -data.getNativeSchema()));
    TreeMap<Double, Long> buckets = new TreeMap<>();
    buckets.merge(0.0, data.getNativeZeroCount(), Long::sum);
    for (var bucket : data.getNativeBucketsForPositiveValues()) {
      buckets.merge(Math.pow(base, bucket.getBucketIndex()), bucket.getCount(), Long::sum);
    }
    return new Overhead(data.getCount(), data.getSum(), buckets);
  }

  private Overhead plus(Overhead other, int sign) {
    TreeMap<Double, Long> merged = new TreeMap<>(buckets);
    other.buckets.forEach((bound, n) -> merged.merge(bound, sign * n, Long::sum));
    return new Overhead(count + sign * other.count, sum + sign * other.sum, merged);
  }

  /** The count, mean and percentiles, one line. */
  String describe(String outcome) {
    StringBuilder line =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "bot-side overhead per message (model and Telegram's pace excluded), %s: %d messages,"
                    + " mean %.2f ms",
                outcome,
                count,
                sum / count * 1000));
    for (double q : new double[] {0.5, 0.9, 0.99, 0.999}) {
      String name = String.format(Locale.ROOT, "%.1f", q * 100).replace(".0", "");
      line.append(String.format(Locale.ROOT, ", p%s <= %.2f ms", name, quantile(q) * 1000));
    }
    return line.toString();
  }

  /** The upper bound, in seconds, of the bucket holding quantile {@code q}. */
  private double quantile(double q) {
    long target = (long) Math.ceil(q * count);
    long cumulative = 0;
    for (var bucket : buckets.entrySet()) {
      cumulative += bucket.getValue();
      if (cumulative >= target) {
        return bucket.getKey();
      }
    }
    return Double.NaN;
  }
}
