package dev.gryag.adapter.llm;

import java.time.Duration;

/**
 * How one provider retries a failed HTTP attempt: exponential backoff with jitter, and the cap on
 * any wait, including one a server asks for.
 *
 * @param maxAttempts attempts per call to one provider, the first included; 1 disables retries
 * @param initialBackoff the wait after the first failure, before jitter
 * @param multiplier how much each further wait grows
 * @param jitter the randomisation factor in [0, 1): a wait of w becomes one in [w(1-j), w(1+j)]
 * @param maxDelay the longest wait; a server hint ({@code Retry-After}, {@code retryDelay}) longer
 *     than this ends the retries for that provider, so a fallback chain moves on instead
 */
public record RetrySettings(
    int maxAttempts, Duration initialBackoff, double multiplier, double jitter, Duration maxDelay) {

  /** 3 attempts, 0.5 s doubling with ±50 % jitter, waits capped at 30 s. */
  public static final RetrySettings DEFAULTS =
      new RetrySettings(3, Duration.ofMillis(500), 2.0, 0.5, Duration.ofSeconds(30));

  public RetrySettings {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
    }
    HttpSettings.Durations.requirePositive(initialBackoff, "initialBackoff");
    HttpSettings.Durations.requirePositive(maxDelay, "maxDelay");
    if (!(multiplier >= 1.0)) {
      throw new IllegalArgumentException("multiplier must be at least 1, was " + multiplier);
    }
    if (!(jitter >= 0.0 && jitter < 1.0)) {
      throw new IllegalArgumentException("jitter must be in [0, 1), was " + jitter);
    }
    if (initialBackoff.compareTo(maxDelay) > 0) {
      throw new IllegalArgumentException(
          "initialBackoff (" + initialBackoff + ") must not exceed maxDelay (" + maxDelay + ")");
    }
  }

  public RetrySettings withMaxAttempts(int attempts) {
    return new RetrySettings(attempts, initialBackoff, multiplier, jitter, maxDelay);
  }

  public RetrySettings withMaxDelay(Duration delay) {
    return new RetrySettings(maxAttempts, initialBackoff, multiplier, jitter, delay);
  }
}
