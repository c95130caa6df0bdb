package dev.gryag.core.analytics;

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneRules;

/** Calendar day and hour of the week of an instant in one time zone, without allocating. */
final class LocalCalendar {

  private static final long SECONDS_PER_DAY = 86_400;

  /** 1970-01-01, epoch day 0, was a Thursday: Monday-based index 3. */
  private static final int EPOCH_WEEKDAY = 3;

  private final ZoneRules rules;

  LocalCalendar(ZoneId zone) {
    this.rules = zone.getRules();
  }

  long epochDay(Instant instant) {
    return Math.floorDiv(localSeconds(instant), SECONDS_PER_DAY);
  }

  /** 0 for Monday 00:00-00:59 up to 167 for Sunday 23:00-23:59. */
  int hourOfWeek(Instant instant) {
    long local = localSeconds(instant);
    long day = Math.floorDiv(local, SECONDS_PER_DAY);
    int weekday = Math.floorMod(day + EPOCH_WEEKDAY, 7);
    int hour = (int) (Math.floorMod(local, SECONDS_PER_DAY) / 3600);
    return weekday * 24 + hour;
  }

  private long localSeconds(Instant instant) {
    return instant.getEpochSecond() + rules.getOffset(instant).getTotalSeconds();
  }
}
