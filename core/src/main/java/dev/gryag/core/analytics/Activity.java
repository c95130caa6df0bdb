package dev.gryag.core.analytics;

import java.util.List;
import java.util.Objects;

/**
 * When the chat is active, in the report's time zone.
 *
 * @param weekHours messages by weekday and hour
 * @param days one point per calendar day from the first to the last message, quiet days included
 * @param months one point per month from the first to the last message, quiet months included
 */
public record Activity(WeekHours weekHours, List<TimelinePoint> days, List<TimelinePoint> months) {

  public Activity {
    Objects.requireNonNull(weekHours, "weekHours");
    days = List.copyOf(days);
    months = List.copyOf(months);
  }
}
