package dev.gryag.core.personalization;

import java.util.Arrays;

/**
 * When a member writes: message counts by hour of day and by day of week, in the zone of {@link
 * ProfileSettings#zone()}.
 *
 * @param hours 24 counts, index 0 is 00:00–00:59; copied
 * @param weekdays 7 counts, index 0 is Monday; copied
 */
public record ActivityHistogram(long[] hours, long[] weekdays) {

  public static final ActivityHistogram NONE = new ActivityHistogram(new long[24], new long[7]);

  public ActivityHistogram {
    if (hours.length != 24 || weekdays.length != 7) {
      throw new IllegalArgumentException(
          "activity needs 24 hour and 7 weekday counts, had "
              + hours.length
              + " and "
              + weekdays.length);
    }
    hours = hours.clone();
    weekdays = weekdays.clone();
    for (long count : hours) {
      requireCount(count);
    }
    for (long count : weekdays) {
      requireCount(count);
    }
  }

  private static void requireCount(long count) {
    if (count < 0) {
      throw new IllegalArgumentException("activity counts must not be negative, was " + count);
    }
  }

  /** Adds one message at {@code hour} (0–23) and {@code weekday} (0 = Monday … 6). */
  ActivityHistogram plus(int hour, int weekday) {
    long[] h = hours.clone();
    long[] w = weekdays.clone();
    h[hour]++;
    w[weekday]++;
    return new ActivityHistogram(h, w);
  }

  /** The count of one hour, 0–23. */
  public long hour(int hour) {
    return hours[hour];
  }

  /** The count of one weekday, 0 = Monday … 6 = Sunday. */
  public long weekday(int weekday) {
    return weekdays[weekday];
  }

  @Override
  public long[] hours() {
    return hours.clone();
  }

  @Override
  public long[] weekdays() {
    return weekdays.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ActivityHistogram that
        && Arrays.equals(hours, that.hours)
        && Arrays.equals(weekdays, that.weekdays);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(hours) + Arrays.hashCode(weekdays);
  }

  @Override
  public String toString() {
    return "ActivityHistogram[hours="
        + Arrays.toString(hours)
        + ", weekdays="
        + Arrays.toString(weekdays)
        + "]";
  }
}
