package dev.gryag.core.config;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one grammar of sizes in settings: a number of bytes, with an optional unit, decimal ({@code
 * 10MB} = 10,000,000 bytes; {@code B}, {@code KB}, {@code MB}, {@code GB}, {@code TB}) or binary
 * ({@code 512KiB} = 524,288 bytes; {@code KiB}, {@code MiB}, {@code GiB}, {@code TiB}). Units are
 * case-insensitive; a space before the unit is allowed; a fraction must come to whole bytes.
 */
public final class Sizes {

  /** What {@link #parse} accepts, as an error message says it. */
  public static final String EXPECTED = "expected a size like 4096, 512KiB or 10MB";

  private static final Pattern SIZE =
      Pattern.compile("(\\d{1,19}(?:\\.\\d{1,9})?)\\s*([kmgt]i?b|b)?", Pattern.CASE_INSENSITIVE);
  private static final Map<String, Long> BYTES_PER_UNIT =
      Map.of(
          "b", 1L,
          "kb", 1000L,
          "mb", 1000_000L,
          "gb", 1000_000_000L,
          "tb", 1000_000_000_000L,
          "kib", 1L << 10,
          "mib", 1L << 20,
          "gib", 1L << 30,
          "tib", 1L << 40);
  private static final String[] BINARY = {"TiB", "GiB", "MiB", "KiB"};
  private static final String[] DECIMAL = {"TB", "GB", "MB", "KB"};

  private Sizes() {}

  /**
   * The number of bytes {@code text} writes.
   *
   * @throws IllegalArgumentException saying what is allowed ({@link #EXPECTED})
   */
  public static long parse(String text) {
    Matcher m = SIZE.matcher(text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException(EXPECTED);
    }
    String unit = m.group(2) == null ? "b" : m.group(2).toLowerCase(Locale.ROOT);
    BigDecimal bytes =
        new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(BYTES_PER_UNIT.get(unit)));
    try {
      return bytes.longValueExact();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(EXPECTED + " (whole bytes, at most 8EiB)", e);
    }
  }

  /** The shortest exact way to write {@code bytes}: {@code 4MiB}, {@code 10MB}, {@code 1500B}. */
  public static String format(long bytes) {
    if (bytes > 0) {
      for (int i = 0; i < BINARY.length; i++) {
        long unit = 1L << (10 * (BINARY.length - i));
        if (bytes % unit == 0) {
          return bytes / unit + BINARY[i];
        }
      }
      for (int i = 0; i < DECIMAL.length; i++) {
        long unit = BigDecimal.TEN.pow(3 * (DECIMAL.length - i)).longValueExact();
        if (bytes % unit == 0) {
          return bytes / unit + DECIMAL[i];
        }
      }
    }
    return bytes + "B";
  }
}
