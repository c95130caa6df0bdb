package dev.gryag.core.config;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one grammar of durations in settings: {@code 0}; one or more amounts with a unit, largest
 * first ({@code 90s}, {@code 15m}, {@code 2h}, {@code 7d}, {@code 500ms}, {@code 1h30m}, {@code
 * 1.5s}); or ISO-8601 ({@code PT90S}, {@code P7D}). Units and ISO letters are case-insensitive and
 * spaces between amounts are allowed; negative durations are not.
 */
public final class Durations {

  /** What {@link #parse} accepts, as an error message says it. */
  public static final String EXPECTED = "expected a duration like 90s, 15m, 2h, 7d, 1h30m or PT90S";

  private static final Pattern PART =
      Pattern.compile("(\\d{1,18}(?:\\.\\d{1,9})?)\\s*(ms|d|h|m|s)");
  private static final List<String> UNITS = List.of("d", "h", "m", "s", "ms");
  private static final List<BigDecimal> NANOS_PER_UNIT =
      List.of(
          BigDecimal.valueOf(86_400_000_000_000L),
          BigDecimal.valueOf(3_600_000_000_000L),
          BigDecimal.valueOf(60_000_000_000L),
          BigDecimal.valueOf(1_000_000_000L),
          BigDecimal.valueOf(1_000_000L));
  private static final BigInteger NANOS_PER_SECOND = BigInteger.valueOf(1_000_000_000L);

  private Durations() {}

  /**
   * The duration {@code text} writes.
   *
   * @throws IllegalArgumentException saying what is allowed ({@link #EXPECTED})
   */
  public static Duration parse(String text) {
    String value = text.strip();
    if (value.equals("0")) {
      return Duration.ZERO;
    }
    if (value.startsWith("P") || value.startsWith("p")) {
      return iso(value);
    }
    Matcher part = PART.matcher(value.toLowerCase(Locale.ROOT));
    BigDecimal nanos = BigDecimal.ZERO;
    int position = 0;
    int lastUnit = -1;
    while (position < value.length()) {
      part.region(position, value.length());
      if (!part.lookingAt()) {
        throw new IllegalArgumentException(EXPECTED);
      }
      int unit = UNITS.indexOf(part.group(2));
      if (unit <= lastUnit) {
        throw new IllegalArgumentException(EXPECTED); // each unit once, largest first
      }
      lastUnit = unit;
      nanos = nanos.add(new BigDecimal(part.group(1)).multiply(NANOS_PER_UNIT.get(unit)));
      position = skipSpaces(value, part.end());
    }
    if (lastUnit < 0) {
      throw new IllegalArgumentException(EXPECTED);
    }
    return ofNanos(nanos.toBigInteger());
  }

  /**
   * The shortest usual way to write {@code duration}: in the largest unit it is a whole number of
   * ({@code 90s}, {@code 10m}, {@code 730d}, {@code 1500ms}), or ISO-8601 below a millisecond.
   */
  public static String format(Duration duration) {
    if (duration.isZero()) {
      return "0s";
    }
    if (duration.isNegative() || duration.getNano() % 1_000_000 != 0) {
      return duration.toString();
    }
    long millis = duration.toMillis();
    long[] perUnit = {86_400_000L, 3_600_000L, 60_000L, 1000L, 1L};
    for (int i = 0; i < perUnit.length; i++) {
      if (millis % perUnit[i] == 0) {
        return millis / perUnit[i] + UNITS.get(i);
      }
    }
    throw new AssertionError("a whole number of milliseconds");
  }

  private static Duration iso(String value) {
    try {
      Duration duration = Duration.parse(value);
      if (duration.isNegative()) {
        throw new IllegalArgumentException(EXPECTED);
      }
      return duration;
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(EXPECTED, e);
    }
  }

  private static Duration ofNanos(BigInteger nanos) {
    BigInteger[] secondsAndNanos = nanos.divideAndRemainder(NANOS_PER_SECOND);
    if (secondsAndNanos[0].bitLength() > 62) {
      throw new IllegalArgumentException(EXPECTED + " (this one is too long)");
    }
    return Duration.ofSeconds(secondsAndNanos[0].longValue(), secondsAndNanos[1].longValue());
  }

  private static int skipSpaces(String value, int from) {
    int i = from;
    while (i < value.length() && Character.isWhitespace(value.charAt(i))) {
      i++;
    }
    return i;
  }
}
