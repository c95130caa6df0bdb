package dev.gryag.adapter.telegram;

import java.time.Duration;

/** Waits: the real one sleeps, tests record the wait and move a fake clock instead. */
@FunctionalInterface
interface Sleeper {

  /** Sleeps the thread; zero or negative durations return at once. */
  Sleeper SYSTEM =
      duration -> {
        if (duration.isPositive()) {
          Thread.sleep(duration);
        }
      };

  void sleep(Duration duration) throws InterruptedException;
}
