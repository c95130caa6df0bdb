package dev.gryag.core.analytics;

import java.time.DayOfWeek;
import java.util.Arrays;

/** Messages by weekday and hour of the day: a 7 × 24 grid, Monday first. Immutable. */
public final class WeekHours {

  private final long[] cells;

  /** A grid from 168 counts, Monday 00:00-00:59 first, Sunday 23:00-23:59 last. */
  public WeekHours(long[] cells) {
    if (cells.length != 7 * 24) {
      throw new IllegalArgumentException("a week of hours has 168 cells, got " + cells.length);
    }
    this.cells = cells.clone();
  }

  /** Messages posted on {@code day} between {@code hour}:00 and {@code hour}:59. */
  public long count(DayOfWeek day, int hour) {
    if (hour < 0 || hour > 23) {
      throw new IllegalArgumentException("hour must be in 0..23, was " + hour);
    }
    return cells[(day.getValue() - 1) * 24 + hour];
  }

  /** The busiest cell's count. */
  public long max() {
    return Arrays.stream(cells).max().orElse(0);
  }

  /** Messages posted at {@code hour} on any day. */
  public long byHour(int hour) {
    long sum = 0;
    for (DayOfWeek day : DayOfWeek.values()) {
      sum += count(day, hour);
    }
    return sum;
  }

  /** Messages posted on {@code day} at any hour. */
  public long byDay(DayOfWeek day) {
    long sum = 0;
    for (int hour = 0; hour < 24; hour++) {
      sum += count(day, hour);
    }
    return sum;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof WeekHours that && Arrays.equals(cells, that.cells);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(cells);
  }

  @Override
  public String toString() {
    return "WeekHours" + Arrays.toString(cells);
  }
}
