package dev.gryag.app.cli.analyze;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/**
 * A {@code --since} or {@code --until} value: a date ({@code 2024-03-01}), a local date and time
 * ({@code 2024-03-01T18:30}) read in the report's time zone, or an instant with an offset ({@code
 * 2024-03-01T18:30:00Z}).
 *
 * @param text the value as given
 */
record DateBound(String text) {

  /** The first instant the bound includes, for {@code --since}. */
  Instant start(ZoneId zone) {
    return resolve(zone, false);
  }

  /** The first instant after the bound, for {@code --until}: a date includes its whole day. */
  Instant end(ZoneId zone) {
    return resolve(zone, true);
  }

  private Instant resolve(ZoneId zone, boolean end) {
    if (text.length() == 10) {
      LocalDate day = LocalDate.parse(text);
      return (end ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      return LocalDateTime.parse(text).atZone(zone).toInstant();
    }
  }

  /** Checks the value's form when the option is parsed, so a typo is a usage error. */
  static final class Converter implements CommandLine.ITypeConverter<DateBound> {
    @Override
    public DateBound convert(String value) {
      DateBound bound = new DateBound(value.strip());
      try {
        bound.start(ZoneId.of("UTC"));
      } catch (DateTimeParseException e) {
        throw new CommandLine.TypeConversionException(
            "'"
                + value
                + "' is not a date (2024-03-01), a local date-time (2024-03-01T18:30)"
                + " or an instant (2024-03-01T18:30:00Z)");
      }
      return bound;
    }
  }
}
