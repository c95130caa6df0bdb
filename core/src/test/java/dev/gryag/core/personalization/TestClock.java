package dev.gryag.core.personalization;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A clock that tests move by hand, and optionally a little on every read. Thread-safe. */
public final class TestClock extends Clock {

  private final AtomicReference<Instant> now;
  private final Duration tick;

  /** A clock standing at {@code start} until moved. */
  public TestClock(Instant start) {
    this(start, Duration.ZERO);
  }

  /** A clock at {@code start} that moves by {@code tick} after every read. */
  public TestClock(Instant start, Duration tick) {
    this.now = new AtomicReference<>(start);
    this.tick = tick;
  }

  /** Moves the clock forward. */
  public void advance(Duration by) {
    now.updateAndGet(t -> t.plus(by));
  }

  @Override
  public Instant instant() {
    return now.getAndUpdate(t -> t.plus(tick));
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("a test clock stays in UTC");
  }
}
