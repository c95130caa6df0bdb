package dev.gryag.core.personalization;

import java.util.Arrays;

/**
 * When a member writes: message counts by hour of day and by day of week, in the zone of {@link
 * ProfileSettings#zone()}.
 *
 * @param hours 24 message counts, index 0 is 00:00–00:59; copied
 * @param weekdays 7 counts, index 0 is Monday; copied
 */
public record ActivityHistogram(int[] hours, int[] weekdays) {

  public static final ActivityHistogram NONE = new ActivityHistogram(new int[24], new int[7]);

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
    int negative = 0;
    for (int count : hours) {
      negative |= count;
    }
    for (int count : weekdays) {
      negative |= count;
    }
    if (negative < 0) {
      throw new IllegalArgumentException("activity counts must not be negative");
    }
  }

  /** Adds one message at {@code hour} (0–23) and {@code weekday} (0 = Monday … 6). */
  ActivityHistogram plus(int hour, int weekday) {
    int[] h = hours.clone();
    int[] w = weekdays.clone();
    // Saturates instead of overflowing: two billion messages in one hour slot is plenty.
    h[hour] = h[hour] == Integer.MAX_VALUE ? h[hour] : h[hour] + 1;
    w[weekday] = w[weekday] == Integer.MAX_VALUE ? w[weekday] : w[weekday] + 1;
    return new ActivityHistogram(h, w);
  }

  /** The count of one hour, 0–23. */
  public int hour(int hour) {
    return hours[hour];
  }

  /** The count of one weekday, 0 = Monday … 6 = Sunday. */
  public int weekday(int weekday) {
    return weekdays[weekday];
  }

  @Override
  public int[] hours() {
    return hours.clone();
  }

  @Override
  public int[] weekdays() {
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
