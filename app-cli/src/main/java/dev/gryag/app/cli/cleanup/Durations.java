package dev.gryag.app.cli.cleanup;

import java.time.Duration;
import picocli.CommandLine;

/** Durations on the command line, in the one grammar of the settings ({@code 90d}, {@code 12h}). */
final class Durations {

  private Durations() {}

  static Duration atLeastOneMinute(CommandLine cli, String name, Duration value) {
    if (value.compareTo(Duration.ofMinutes(1)) < 0) {
      throw new CommandLine.ParameterException(
          cli, name + " must be at least 1 minute, was " + show(value));
    }
    return value;
  }

  static String show(Duration value) {
    return dev.gryag.core.config.Durations.format(value);
  }

  /** Reads {@link dev.gryag.core.config.Durations#parse} forms for picocli. */
  static final class Converter implements CommandLine.ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      try {
        return dev.gryag.core.config.Durations.parse(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage() + ", got \"" + value + "\"");
      }
    }
  }
}
