package dev.gryag.adapter.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** A clock that moves only when someone sleeps on it: waits are recorded, never slept. */
final class FakeTime extends Clock implements Sleeper {

  private final List<Duration> sleeps = new ArrayList<>();
  private Instant now;

  FakeTime() {
    this(Instant.parse("2024-05-29T12:00:00Z"));
  }

  FakeTime(Instant start) {
    this.now = start;
  }

  @Override
  public synchronized Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public void sleep(Duration duration) throws InterruptedException {
    if (Thread.interrupted()) {
      throw new InterruptedException();
    }
    synchronized (this) {
      sleeps.add(duration);
      if (duration.isPositive()) {
        now = now.plus(duration);
      }
    }
  }

  synchronized List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }

  synchronized Duration slept() {
    return sleeps.stream().reduce(Duration.ZERO, Duration::plus);
  }
}
