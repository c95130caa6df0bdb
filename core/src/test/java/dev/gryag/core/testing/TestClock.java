package dev.gryag.core.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock for tests, in UTC: it stands still until a test moves it (or moves by a tick on every
 * read), and it can stand in for a sleeper: a {@link #sleep} is recorded and moves the clock, never
 * waits. Thread-safe. Adapters bind it to their own {@code Sleeper} with a one-line subclass.
 */
public class TestClock extends Clock {

  private final AtomicReference<Instant> now;
  private final Duration tick;
  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

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

  /** Sets the clock. */
  public void set(Instant instant) {
    now.set(instant);
  }

  /**
   * Records a wait and moves the clock by it instead of waiting; zero or negative waits only count.
   *
   * @throws InterruptedException when the calling thread is interrupted, as a real sleep would
   */
  public void sleep(Duration duration) throws InterruptedException {
    if (Thread.interrupted()) {
      throw new InterruptedException();
    }
    sleeps.add(duration);
    if (duration.isPositive()) {
      advance(duration);
    }
  }

  /** Every wait asked of {@link #sleep}, in order. */
  public List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }

  /** The sum of the waits asked of {@link #sleep}. */
  public Duration slept() {
    return sleeps.stream().reduce(Duration.ZERO, Duration::plus);
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
    if (ZoneOffset.UTC.normalized().equals(zone.normalized())) {
      return this;
    }
    throw new UnsupportedOperationException("a test clock stays in UTC");
  }
}
