package dev.gryag.app.cli.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** Calendar days in the report's time zone, for the renderers. */
record LocalDays(ZoneId zone) {

  LocalDate day(Instant instant) {
    return LocalDate.ofInstant(instant, zone);
  }

  /** Days from the first to the last instant's day, both included. */
  long span(Instant first, Instant last) {
    return ChronoUnit.DAYS.between(day(first), day(last)) + 1;
  }
}
