package dev.gryag.app.bot.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parsers for setting values; each failure message says what is allowed. */
final class Parsers {

  private static final Pattern SIMPLE_DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");

  private Parsers() {}

  static Function<String, String> text() {
    return s -> s;
  }

  static Function<String, Integer> integer(int min, int max) {
    return s -> {
      int value;
      try {
        value = Integer.parseInt(s);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("expected a whole number from " + min + " to " + max);
      }
      if (value < min || value > max) {
        throw new IllegalArgumentException("expected a whole number from " + min + " to " + max);
      }
      return value;
    };
  }

  static Function<String, Double> decimal(double min, double max) {
    return s -> {
      double value;
      try {
        value = Double.parseDouble(s);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("expected a number from " + min + " to " + max);
      }
      if (!(value >= min && value <= max)) {
        throw new IllegalArgumentException("expected a number from " + min + " to " + max);
      }
      return value;
    };
  }

  static Function<String, Boolean> bool() {
    return s ->
        switch (s.toLowerCase(Locale.ROOT)) {
          case "true", "yes", "on", "1" -> true;
          case "false", "no", "off", "0" -> false;
          default -> throw new IllegalArgumentException("expected true or false");
        };
  }

  /** Durations as {@code 500ms}, {@code 30s}, {@code 5m}, {@code 2h}, {@code 7d} or ISO-8601. */
  static Function<String, Duration> duration(Duration min, Duration max) {
    return s -> {
      Duration value = parseDuration(s);
      if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
        throw new IllegalArgumentException(
            "expected a duration from " + format(min) + " to " + format(max));
      }
      return value;
    };
  }

  private static Duration parseDuration(String s) {
    Matcher m = SIMPLE_DURATION.matcher(s.toLowerCase(Locale.ROOT));
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      return switch (m.group(2)) {
        case "ms" -> Duration.ofMillis(n);
        case "s" -> Duration.ofSeconds(n);
        case "m" -> Duration.ofMinutes(n);
        case "h" -> Duration.ofHours(n);
        default -> Duration.ofDays(n);
      };
    }
    try {
      return Duration.parse(s);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "expected a duration such as 500ms, 30s, 5m, 2h, 7d or PT30S");
    }
  }

  static String format(Duration d) {
    if (d.toMillis() % 86_400_000 == 0 && !d.isZero()) {
      return d.toDays() + "d";
    }
    if (d.toMillis() % 3_600_000 == 0 && !d.isZero()) {
      return d.toHours() + "h";
    }
    if (d.toMillis() % 60_000 == 0 && !d.isZero()) {
      return d.toMinutes() + "m";
    }
    if (d.toMillis() % 1000 == 0) {
      return d.toSeconds() + "s";
    }
    return d.toMillis() + "ms";
  }

  static <E extends Enum<E>> Function<String, E> oneOf(Class<E> type) {
    return s -> {
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equalsIgnoreCase(s.replace('-', '_'))) {
          return constant;
        }
      }
      throw new IllegalArgumentException("expected one of " + names(type));
    };
  }

  static <E extends Enum<E>> String names(Class<E> type) {
    return String.join(
        ", ",
        Arrays.stream(type.getEnumConstants())
            .map(c -> c.name().toLowerCase(Locale.ROOT).replace('_', '-'))
            .toList());
  }

  /** A comma-separated list; blanks dropped; each item parsed by {@code item}. */
  static <T> Function<String, List<T>> list(Function<String, T> item) {
    return s ->
        Arrays.stream(s.split(","))
            .map(String::strip)
            .filter(part -> !part.isEmpty())
            .map(item)
            .toList();
  }

  static Function<String, Long> longId() {
    return s -> {
      try {
        return Long.parseLong(s);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("expected numeric Telegram ids separated by commas");
      }
    };
  }

  static Function<String, URI> httpUrl() {
    return s -> {
      if (s.isEmpty()) {
        return null;
      }
      try {
        URI uri = new URI(s);
        String scheme = uri.getScheme();
        if (uri.getHost() == null
            || scheme == null
            || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
          throw new IllegalArgumentException("expected an http:// or https:// URL");
        }
        return uri;
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException("expected an http:// or https:// URL");
      }
    };
  }
}
