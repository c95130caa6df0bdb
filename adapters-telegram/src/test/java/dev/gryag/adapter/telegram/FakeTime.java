package dev.gryag.adapter.telegram;

import dev.gryag.core.testing.TestClock;
import java.time.Instant;

/** A clock that moves only when someone sleeps on it: waits are recorded, never slept. */
final class FakeTime extends TestClock implements Sleeper {

  FakeTime() {
    this(Instant.parse("2024-05-29T12:00:00Z"));
  }

  FakeTime(Instant start) {
    super(start);
  }
}
