package dev.gryag.core.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LocalCalendarTest {

  @Test
  void placesAnInstantInTheZonesDayAndHourAcrossDaylightSaving() {
    LocalCalendar kyiv = new LocalCalendar(ZoneId.of("Europe/Kyiv"));
    // 2024-07-01 is a Monday; Kyiv is UTC+3 in summer: 21:30Z is Tuesday 00:30 there.
    Instant summer = Instant.parse("2024-07-01T21:30:00Z");
    // 2024-01-07 is a Sunday; UTC+2 in winter: 22:10Z is Monday 00:10.
    Instant winter = Instant.parse("2024-01-07T22:10:00Z");

    assertThat(LocalDate.ofEpochDay(kyiv.epochDay(summer))).isEqualTo(LocalDate.of(2024, 7, 2));
    assertThat(kyiv.hourOfWeek(summer)).isEqualTo(24); // Tuesday, hour 0
    assertThat(LocalDate.ofEpochDay(kyiv.epochDay(winter))).isEqualTo(LocalDate.of(2024, 1, 8));
    assertThat(kyiv.hourOfWeek(winter)).isZero(); // Monday, hour 0
  }

  @Test
  void countsBeforeTheEpochToo() {
    LocalCalendar utc = new LocalCalendar(ZoneOffset.UTC);
    Instant sunday = Instant.parse("1969-12-28T23:59:59Z");

    assertThat(LocalDate.ofEpochDay(utc.epochDay(sunday))).isEqualTo(LocalDate.of(1969, 12, 28));
    assertThat(utc.hourOfWeek(sunday)).isEqualTo(6 * 24 + 23);
  }
}
