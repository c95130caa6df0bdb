package dev.gryag.app.cli.cleanup;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/** Durations as the bot's settings write them: {@code 90d}, {@code 12h}, {@code 30m}, or ISO. */
final class Durations {

  private static final Pattern SHORT = Pattern.compile("(\\d{1,9})([dhms])");

  private Durations() {}

  static Duration parse(String text) {
    String value = text.strip();
    Matcher m = SHORT.matcher(value);
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      return switch (m.group(2)) {
        case "d" -> Duration.ofDays(n);
        case "h" -> Duration.ofHours(n);
        case "m" -> Duration.ofMinutes(n);
        default -> Duration.ofSeconds(n);
      };
    }
    try {
      return Duration.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a duration: write 90d, 12h, 30m, 45s or ISO-8601 (P90D)", e);
    }
  }

  static Duration atLeastOneMinute(CommandLine cli, String name, Duration value) {
    if (value.compareTo(Duration.ofMinutes(1)) < 0) {
      throw new CommandLine.ParameterException(
          cli, name + " must be at least 1 minute, was " + show(value));
    }
    return value;
  }

  static String show(Duration value) {
    if (value.toSeconds() % 86_400 == 0) {
      return value.toDays() + "d";
    }
    if (value.toSeconds() % 3_600 == 0) {
      return value.toHours() + "h";
    }
    return value.toString();
  }

  /** Reads {@link #parse} forms for picocli. */
  static final class Converter implements CommandLine.ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      try {
        return parse(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }
}
