package dev.gryag.adapter.llm;

import dev.gryag.core.testing.TestClock;
import java.time.Instant;

/** A clock that only moves when told, and a sleeper that records waits and moves the clock. */
final class FakeTime extends TestClock implements Sleeper {

  static final Instant START = Instant.parse("2025-03-01T12:00:00Z");

  FakeTime() {
    super(START);
  }
}
