package dev.gryag.core.analytics;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * How {@link ChatAnalytics} counts.
 *
 * @param zone the time zone of days, hours and weekdays
 * @param top how many entries the top lists keep (words, emoji, reactions, messages), 1 to 1000
 * @param since analyse only entries at or after this instant; null for no lower bound
 * @param until analyse only entries before this instant; null for no upper bound
 */
public record AnalyticsOptions(ZoneId zone, int top, Instant since, Instant until) {

  public AnalyticsOptions {
    Objects.requireNonNull(zone, "zone");
    if (top < 1 || top > 1000) {
      throw new IllegalArgumentException("top must be in 1..1000, was " + top);
    }
    if (since != null && until != null && !since.isBefore(until)) {
      throw new IllegalArgumentException(
          "since (" + since + ") must be before until (" + until + ")");
    }
  }

  /** Everything, counted in {@code zone}, top lists of 10. */
  public static AnalyticsOptions in(ZoneId zone) {
    return new AnalyticsOptions(zone, 10, null, null);
  }

  /** True when {@code instant} lies in the analysed window. */
  public boolean includes(Instant instant) {
    return (since == null || !instant.isBefore(since))
        && (until == null || instant.isBefore(until));
  }
}
