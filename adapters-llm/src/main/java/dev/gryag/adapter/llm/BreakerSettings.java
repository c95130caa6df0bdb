package dev.gryag.adapter.llm;

import java.time.Duration;

/**
 * When a provider's circuit breaker opens and for how long it stays open. Failures counted are
 * network errors, timeouts, 408/429/5xx, rejected keys and malformed responses; a request the
 * provider rejects as invalid (other 4xx) says nothing about its health and is not counted.
 *
 * @param failureRatePercent the share of failed attempts in the window that opens the breaker
 * @param slidingWindow how many recent attempts the rate is computed over
 * @param minimumCalls attempts needed in the window before the rate is judged
 * @param openDuration how long an open breaker refuses calls before letting one probe through
 */
public record BreakerSettings(
    int failureRatePercent, int slidingWindow, int minimumCalls, Duration openDuration) {

  /** Opens at 50 % failures over the last 10 attempts (at least 5), stays open 30 s. */
  public static final BreakerSettings DEFAULTS =
      new BreakerSettings(50, 10, 5, Duration.ofSeconds(30));

  public BreakerSettings {
    if (failureRatePercent < 1 || failureRatePercent > 100) {
      throw new IllegalArgumentException(
          "failureRatePercent must be in [1, 100], was " + failureRatePercent);
    }
    if (slidingWindow < 1) {
      throw new IllegalArgumentException("slidingWindow must be positive, was " + slidingWindow);
    }
    if (minimumCalls < 1 || minimumCalls > slidingWindow) {
      throw new IllegalArgumentException(
          "minimumCalls must be in [1, slidingWindow=" + slidingWindow + "], was " + minimumCalls);
    }
    HttpSettings.Durations.requirePositive(openDuration, "openDuration");
  }
}
