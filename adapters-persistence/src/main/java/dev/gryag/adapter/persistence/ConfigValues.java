package dev.gryag.adapter.persistence;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Typed reads of environment-style settings. Blank values count as unset (an {@code .env} line
 * {@code KEY=} means "not configured"); a bad value fails with a message naming the key, the value
 * and what is allowed.
 */
final class ConfigValues {

  private static final Pattern SIMPLE_DURATION = Pattern.compile("(\\d{1,9})\\s*(ms|s|m|h)");

  private final Map<String, String> values;

  ConfigValues(Map<String, String> environment) {
    values = new HashMap<>();
    environment.forEach((key, value) -> {
      if (key != null && value != null && !value.isBlank()) {
        values.put(key, value.strip());
      }
    });
  }

  boolean has(String key) {
    return values.containsKey(key);
  }

  Optional<String> text(String key) {
    return Optional.ofNullable(values.get(key));
  }

  int integer(String key, int defaultValue, int min, int max) {
    String value = values.get(key);
    if (value == null) {
      return defaultValue;
    }
    try {
      int parsed = Integer.parseInt(value);
      if (parsed >= min && parsed <= max) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // reported below, with the allowed range
    }
    throw invalid(key, value, "an integer from " + min + " to " + max);
  }

  Duration duration(String key, Duration defaultValue, Duration min, Duration max) {
    String value = values.get(key);
    if (value == null) {
      return defaultValue;
    }
    String allowed =
        "a duration from " + show(min) + " to " + show(max) + " such as 500ms, 5s, 2m or PT5S";
    Duration parsed = parseDuration(value);
    if (parsed == null || parsed.compareTo(min) < 0 || parsed.compareTo(max) > 0) {
      throw invalid(key, value, allowed);
    }
    return parsed;
  }

  <E extends Enum<E>> E choice(String key, E defaultValue) {
    String value = values.get(key);
    if (value == null) {
      return defaultValue;
    }
    for (E constant : defaultValue.getDeclaringClass().getEnumConstants()) {
      if (constant.name().equalsIgnoreCase(value)) {
        return constant;
      }
    }
    StringBuilder allowed = new StringBuilder("one of");
    for (E constant : defaultValue.getDeclaringClass().getEnumConstants()) {
      allowed.append(' ').append(constant.name().toLowerCase(Locale.ROOT));
    }
    throw invalid(key, value, allowed.toString());
  }

  /** The error for a bad value; {@code shownValue} must already be masked if it is secret. */
  static IllegalArgumentException invalid(String key, String shownValue, String allowed) {
    return new IllegalArgumentException(key + " must be " + allowed + ", was '" + shownValue + "'");
  }

  static String show(Duration duration) {
    if (duration.isZero()) {
      return "0";
    }
    if (duration.toMillis() % 1000 != 0) {
      return duration.toMillis() + "ms";
    }
    long seconds = duration.toSeconds();
    if (seconds % 3600 == 0) {
      return seconds / 3600 + "h";
    }
    return seconds % 60 == 0 ? seconds / 60 + "m" : seconds + "s";
  }

  private static Duration parseDuration(String value) {
    if (value.equals("0")) {
      return Duration.ZERO;
    }
    Matcher simple = SIMPLE_DURATION.matcher(value.toLowerCase(Locale.ROOT));
    if (simple.matches()) {
      long amount = Long.parseLong(simple.group(1));
      return switch (simple.group(2)) {
        case "ms" -> Duration.ofMillis(amount);
        case "s" -> Duration.ofSeconds(amount);
        case "m" -> Duration.ofMinutes(amount);
        default -> Duration.ofHours(amount);
      };
    }
    try {
      return Duration.parse(value);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
