package dev.gryag.core.personalization;

import java.util.regex.Pattern;

/**
 * The well-known fact keys, so that every {@link FactExtractor} files the same statement under the
 * same key. A key names a slot: a member has at most one fact per key, and a new value for a key is
 * a contradiction. Extractors may use other keys that match {@link #isValid(String)}.
 */
public final class FactKeys {

  /** The member's name as they state it. */
  public static final String NAME = "name";

  /** What the member asks to be called. */
  public static final String PREFERRED_NAME = "preferred_name";

  /** Pronouns, e.g. {@code she/her}, {@code він/його}. */
  public static final String PRONOUNS = "pronouns";

  /** Where the member lives now (as written, e.g. {@code Києві}). */
  public static final String CITY = "city";

  /** Where the member comes from (as written, e.g. {@code Львова}). */
  public static final String HOMETOWN = "hometown";

  /** What the member works as. */
  public static final String OCCUPATION = "occupation";

  /** Where the member works. */
  public static final String EMPLOYER = "employer";

  /** Birthday as ISO {@code --MM-DD} or {@code YYYY-MM-DD}. */
  public static final String BIRTHDAY = "birthday";

  /** Age in years when stated (see the fact's first confirmation for when). */
  public static final String AGE = "age";

  private static final Pattern VALID = Pattern.compile("[a-z][a-z0-9_.:-]{0,63}");

  private FactKeys() {}

  /** True for a lower-case ASCII key of 1–64 characters: letters, digits, {@code _ . : -}. */
  public static boolean isValid(String key) {
    return key != null && VALID.matcher(key).matches();
  }

  static String requireValid(String key) {
    if (!isValid(key)) {
      throw new IllegalArgumentException(
          "fact key must be 1-64 lower-case ASCII letters, digits, '_', '.', ':' or '-' starting"
              + " with a letter, was '"
              + key
              + "'");
    }
    return key;
  }

  static String requireValue(String value) {
    if (value == null || value.isBlank() || value.length() > Fact.MAX_VALUE_LENGTH) {
      throw new IllegalArgumentException(
          "fact value must be non-blank and at most "
              + Fact.MAX_VALUE_LENGTH
              + " characters, was "
              + (value == null ? "null" : value.length() + " characters"));
    }
    return value.strip();
  }

  static double requireConfidence(double confidence) {
    if (!(confidence > 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be in (0, 1], was " + confidence);
    }
    return confidence;
  }
}
