package dev.gryag.adapter.llm;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** Typed reads of string settings, failing with a message that names the key. */
final class EnvValues {

  private final Map<String, String> values;

  EnvValues(Map<String, String> values) {
    this.values = values;
  }

  Optional<String> text(String key) {
    String value = values.get(key);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }

  Optional<Integer> integer(String key) {
    return text(key)
        .map(v -> {
          try {
            return Integer.parseInt(v);
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number, was '" + v + "'");
          }
        });
  }

  /** {@code 30s}, {@code 500ms}, {@code 2m}, {@code 1h} or ISO-8601 {@code PT30S}. */
  Optional<Duration> duration(String key) {
    return text(key)
        .map(v -> {
          Optional<Duration> parsed = RetryHints.parseDuration(v);
          if (parsed.isPresent()) {
            return parsed.get();
          }
          try {
            return Duration.parse(v);
          } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                key + " must be a duration like 30s, 500ms, 2m or PT30S, was '" + v + "'");
          }
        });
  }

  /** {@code A=x,B=y} as an ordered map. */
  Map<String, String> pairs(String key) {
    Map<String, String> pairs = new LinkedHashMap<>();
    text(key)
        .ifPresent(v -> {
          for (String item : v.split(",")) {
            String[] kv = item.split("=", 2);
            if (kv.length != 2 || kv[0].isBlank() || kv[1].isBlank()) {
              throw new IllegalArgumentException(
                  key + " must be a list of NAME=VALUE pairs, was '" + v + "'");
            }
            pairs.put(kv[0].strip(), kv[1].strip());
          }
        });
    return pairs;
  }

  /**
   * Builds a value, rewriting a validation failure so it names keys instead of record fields (e.g.
   * {@code readTimeout} becomes {@code GRYAG_LLM_READ_TIMEOUT}).
   */
  static <T> T named(Map<String, String> fieldToKey, Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException e) {
      String message = e.getMessage();
      for (Map.Entry<String, String> field : fieldToKey.entrySet()) {
        message = message.replace(field.getKey(), field.getValue());
      }
      throw new IllegalArgumentException(message, e);
    }
  }

  /** Builds a value, prefixing a validation failure with the key it came from. */
  static <T> T named(String key, Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(key + ": " + e.getMessage(), e);
    }
  }
}
