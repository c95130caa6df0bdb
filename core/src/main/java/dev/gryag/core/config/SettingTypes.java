package dev.gryag.core.config;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The common {@link SettingType}s: text, numbers, durations, sizes, choices, lists, URLs. */
public final class SettingTypes {

  private SettingTypes() {}

  /** Any text, as given (stripped); empty when unset. */
  public static SettingType<String> text() {
    return simple(s -> s, "");
  }

  /** Text matching {@code pattern} (or empty, for none); {@code expected} names the shape. */
  public static SettingType<String> text(Pattern pattern, String expected, String range) {
    return simple(
        s -> {
          if (!s.isEmpty() && !pattern.matcher(s).matches()) {
            throw new IllegalArgumentException("expected " + expected);
          }
          return s;
        },
        range);
  }

  /** A whole number from {@code min} to {@code max} ({@link Integer#MAX_VALUE}: no maximum). */
  public static SettingType<Integer> integer(int min, int max) {
    String allowed =
        max == Integer.MAX_VALUE
            ? "a whole number of at least " + min
            : "a whole number from " + min + " to " + max;
    return simple(
        s -> {
          try {
            int value = Integer.parseInt(s);
            if (value >= min && value <= max) {
              return value;
            }
          } catch (NumberFormatException e) {
            // reported below, like a value out of range
          }
          throw new IllegalArgumentException("expected " + allowed);
        },
        max == Integer.MAX_VALUE ? "at least " + min : min + "–" + max);
  }

  /** Any whole number a {@code long} holds, negative ones too (Telegram chat ids are). */
  public static SettingType<Long> longNumber() {
    return simple(
        s -> {
          try {
            return Long.parseLong(s);
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected a whole number", e);
          }
        },
        "");
  }

  /** A number (decimal point allowed) from {@code min} to {@code max}. */
  public static SettingType<Double> decimal(double min, double max) {
    String range = plain(min) + "–" + plain(max);
    return simple(
        s -> {
          try {
            double value = Double.parseDouble(s);
            if (value >= min && value <= max) {
              return value;
            }
          } catch (NumberFormatException e) {
            // reported below, like a value out of range
          }
          throw new IllegalArgumentException(
              "expected a number from " + plain(min) + " to " + plain(max));
        },
        range);
  }

  /** {@code true}/{@code false}, also {@code yes}/{@code no}, {@code on}/{@code off}, 1/0. */
  public static SettingType<Boolean> bool() {
    return simple(
        s ->
            switch (s.toLowerCase(Locale.ROOT)) {
              case "true", "yes", "on", "1" -> true;
              case "false", "no", "off", "0" -> false;
              default -> throw new IllegalArgumentException("expected true or false");
            },
        "true, false");
  }

  /**
   * A duration in the one grammar of {@link Durations}, from {@code min} to {@code max} (null: no
   * maximum).
   */
  public static SettingType<Duration> duration(Duration min, Duration max) {
    String range =
        max == null
            ? "at least " + Durations.format(min)
            : Durations.format(min) + "–" + Durations.format(max);
    return simple(
        s -> {
          Duration value = Durations.parse(s);
          if (value.compareTo(min) < 0 || (max != null && value.compareTo(max) > 0)) {
            throw new IllegalArgumentException(
                max == null
                    ? "expected a duration of at least " + Durations.format(min)
                    : "expected a duration from "
                        + Durations.format(min)
                        + " to "
                        + Durations.format(max));
          }
          return value;
        },
        range);
  }

  /** A size in bytes in the one grammar of {@link Sizes}, of at least {@code min}. */
  public static SettingType<Long> size(long min) {
    return simple(
        s -> {
          long value = Sizes.parse(s);
          if (value < min) {
            throw new IllegalArgumentException("expected a size of at least " + Sizes.format(min));
          }
          return value;
        },
        "at least " + Sizes.format(min));
  }

  /** One of an enum's constants, written in lower case with '-' for '_' ({@code allow-list}). */
  public static <E extends Enum<E>> SettingType<E> oneOf(Class<E> type) {
    String names = names(type);
    return simple(
        s -> {
          for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(s.replace('-', '_'))) {
              return constant;
            }
          }
          throw new IllegalArgumentException("expected one of " + names);
        },
        names);
  }

  /** One of {@code names}, case-insensitive, as written there. */
  public static SettingType<String> oneOf(List<String> names) {
    String joined = String.join(", ", names);
    return simple(
        s ->
            names.stream()
                .filter(n -> n.equalsIgnoreCase(s))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("expected one of " + joined)),
        joined);
  }

  /** An enum's constants as {@link #oneOf(Class)} writes them: {@code all, allow-list}. */
  public static <E extends Enum<E>> String names(Class<E> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(SettingTypes::name)
        .collect(Collectors.joining(", "));
  }

  /** A constant as {@link #oneOf(Class)} writes it: {@code ALLOW_LIST} is {@code allow-list}. */
  public static String name(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * A comma-separated list, blanks dropped, each item read by {@code item}; {@code expected} names
   * the list ("numeric Telegram ids separated by commas").
   */
  public static <T> SettingType<List<T>> list(SettingType<T> item, String expected) {
    return simple(
        s -> {
          try {
            return Arrays.stream(s.split(","))
                .map(String::strip)
                .filter(part -> !part.isEmpty())
                .map(item::parse)
                .toList();
          } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("expected " + expected, e);
          }
        },
        expected.isEmpty() ? item.range() : "comma-separated");
  }

  /** A comma-separated list of texts, blanks dropped. */
  public static SettingType<List<String>> list() {
    return list(text(), "");
  }

  /** Comma-separated {@code NAME=VALUE} pairs, in order. */
  public static SettingType<Map<String, String>> pairs() {
    return simple(
        s -> {
          Map<String, String> pairs = new LinkedHashMap<>();
          if (s.isEmpty()) {
            return pairs;
          }
          for (String item : s.split(",")) {
            String[] kv = item.split("=", 2);
            if (kv.length != 2 || kv[0].isBlank() || kv[1].isBlank()) {
              throw new IllegalArgumentException("expected NAME=VALUE pairs separated by commas");
            }
            pairs.put(kv[0].strip(), kv[1].strip());
          }
          return pairs;
        },
        "NAME=VALUE,…");
  }

  /** An absolute {@code http://} or {@code https://} URL; empty for none (null). */
  public static SettingType<URI> httpUrl() {
    return new SettingType<>() {
      @Override
      public URI parse(String s) {
        if (s.isEmpty()) {
          return null;
        }
        try {
          URI uri = new URI(s);
          String scheme = uri.getScheme();
          if (uri.getHost() != null
              && scheme != null
              && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
            return uri;
          }
        } catch (URISyntaxException e) {
          // reported below
        }
        throw new IllegalArgumentException("expected an http:// or https:// URL");
      }

      @Override
      public String range() {
        return "http(s) URL";
      }

      @Override
      public String show(String text, boolean secret) {
        return secret ? Redaction.secretUrl(text) : Redaction.url(text);
      }
    };
  }

  /**
   * A URL whose password (in the user info or a {@code password=} parameter) is masked whenever it
   * is shown; {@code check} reads it and fails with what is allowed.
   */
  public static SettingType<String> urlWithCredentials(Function<String, String> check) {
    return new SettingType<>() {
      @Override
      public String parse(String s) {
        return s.isEmpty() ? s : check.apply(s);
      }

      @Override
      public String range() {
        return "URL";
      }

      @Override
      public String show(String text, boolean secret) {
        return secret ? Redaction.secretUrl(text) : Redaction.url(text);
      }
    };
  }

  /** A {@link ListenAddress}, {@code host:port}; empty for none (null). */
  public static SettingType<ListenAddress> listenAddress() {
    return simple(s -> s.isEmpty() ? null : ListenAddress.parse(s), "host:port");
  }

  /** A file or folder path, made absolute; empty for none (null). */
  public static SettingType<Path> path() {
    return simple(
        s -> {
          if (s.isEmpty()) {
            return null;
          }
          try {
            return Path.of(s).toAbsolutePath().normalize();
          } catch (InvalidPathException e) {
            throw new IllegalArgumentException("expected a path (" + e.getReason() + ")", e);
          }
        },
        "path");
  }

  private static <T> SettingType<T> simple(Function<String, T> parse, String range) {
    return new SettingType<>() {
      @Override
      public T parse(String text) {
        return parse.apply(text);
      }

      @Override
      public String range() {
        return range;
      }
    };
  }

  private static String plain(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
