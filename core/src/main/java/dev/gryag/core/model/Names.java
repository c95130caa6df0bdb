package dev.gryag.core.model;

/**
 * Names and titles held to a length no real one reaches (Telegram allows 64 characters for first
 * and last name each, 128 for a title, 32 for a username), so that a hostile 100,000-character name
 * cannot fill a prompt, a report line or a log line.
 */
public final class Names {

  /** The longest name or title kept, in UTF-16 units; longer ones are cut and end with "…". */
  public static final int MAX_LENGTH = 256;

  private Names() {}

  /** {@code name}, cut to {@link #MAX_LENGTH} on a code point boundary when longer. */
  public static String bounded(String name) {
    if (name.length() <= MAX_LENGTH) {
      return name;
    }
    int end = MAX_LENGTH - 1;
    if (Character.isLowSurrogate(name.charAt(end))
        && Character.isHighSurrogate(name.charAt(end - 1))) {
      end--;
    }
    return name.substring(0, end) + "…";
  }
}
