package dev.gryag.adapter.telegram;

import java.time.Duration;

/**
 * How the Telegram adapter waits (for Telegram's send limits, a 429's {@code retry_after}, a
 * backoff): the real one sleeps; tests record the wait and move a fake clock instead; an
 * application may wrap {@link #SYSTEM} to measure how long its threads wait on Telegram.
 */
@FunctionalInterface
public interface Sleeper {

  /** Sleeps the thread; zero or negative durations return at once. */
  Sleeper SYSTEM =
      duration -> {
        if (duration.isPositive()) {
          Thread.sleep(duration);
        }
      };

  void sleep(Duration duration) throws InterruptedException;
}
