package dev.gryag.app.wiring.cache;

import java.time.Duration;
import java.util.Objects;

/**
 * How much a cache may hold and for how long an entry is trusted before it is read again.
 *
 * @param maximumEntries the most entries kept; the least used go first
 * @param expireAfterWrite how long an entry is served before the store is asked again: the longest
 *     a change made by another process stays unseen
 */
public record CachePolicy(long maximumEntries, Duration expireAfterWrite) {

  /** 100,000 entries, one minute. */
  public static final CachePolicy DEFAULTS = new CachePolicy(100_000, Duration.ofMinutes(1));

  public CachePolicy {
    Objects.requireNonNull(expireAfterWrite, "expireAfterWrite");
    if (maximumEntries < 1) {
      throw new IllegalArgumentException("maximumEntries must be positive, was " + maximumEntries);
    }
    if (expireAfterWrite.isNegative() || expireAfterWrite.isZero()) {
      throw new IllegalArgumentException(
          "expireAfterWrite must be positive, was " + expireAfterWrite);
    }
  }
}
