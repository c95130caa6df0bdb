package dev.gryag.adapter.telegram;

import io.github.resilience4j.core.IntervalFunction;
import java.time.Duration;

/** Exponential backoff with jitter between failed attempts (resilience4j's interval function). */
final class Backoff {

  private final IntervalFunction intervals;

  Backoff(Duration initial, Duration max) {
    this.intervals = IntervalFunction.ofExponentialRandomBackoff(initial, 2.0, 0.5, max);
  }

  /** From one second, doubling, up to a minute, each wait randomised by ±50 %. */
  static Backoff standard() {
    return new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(1));
  }

  /** How long to wait after {@code failures} consecutive failures (1 for the first). */
  Duration after(int failures) {
    return Duration.ofMillis(intervals.apply(Math.max(1, failures)));
  }
}
