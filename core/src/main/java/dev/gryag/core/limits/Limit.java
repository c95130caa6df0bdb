package dev.gryag.core.limits;

import java.time.Duration;
import java.util.Objects;

/**
 * A rate: {@code permits} per {@code window}, of which up to {@code burst} may be used at once. A
 * token bucket holding {@code burst} tokens, refilled evenly at {@code permits / window}.
 *
 * @param permits how many per window on average; positive
 * @param window the window; positive
 * @param burst how many may be taken back to back after a quiet time; positive
 */
public record Limit(int permits, Duration window, int burst) {

  public Limit {
    Objects.requireNonNull(window, "window");
    if (permits <= 0 || burst <= 0) {
      throw new IllegalArgumentException(
          "permits and burst must be positive, were " + permits + " and " + burst);
    }
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("window must be positive, was " + window);
    }
  }

  /** {@code permits} per minute, all of which may be taken back to back. */
  public static Limit perMinute(int permits) {
    return new Limit(permits, Duration.ofMinutes(1), permits);
  }

  /** {@code permits} per hour with a burst of {@code burst}. */
  public static Limit perHour(int permits, int burst) {
    return new Limit(permits, Duration.ofHours(1), burst);
  }

  /** Seconds between two refilled permits. */
  double secondsPerPermit() {
    return window.toNanos() / 1e9 / permits;
  }
}
