package dev.gryag.adapter.persistence;

import java.util.regex.Pattern;

/** Hides passwords in text that may reach a log line, an exception message or a toString. */
final class Secrets {

  static final String MASK = "****";

  // scheme://user:SECRET@host... — greedy up to the last '@', so an unencoded '@' in the password
  // is hidden too (masking a little too much is harmless).
  private static final Pattern URL_PASSWORD =
      Pattern.compile("^([A-Za-z][A-Za-z0-9+.:-]*://[^:/@?]*:).*@");
  private static final Pattern PARAMETER_PASSWORD =
      Pattern.compile("(?i)([?&;][a-z_]*password=)[^&;#]*");

  private Secrets() {}

  /** The URL with the password of its user info and any {@code ...password=} parameter masked. */
  static String maskUrl(String url) {
    if (url == null) {
      return null;
    }
    String masked = URL_PASSWORD.matcher(url).replaceFirst("$1" + MASK + "@");
    return PARAMETER_PASSWORD.matcher(masked).replaceAll("$1" + MASK);
  }

  /** True for connection properties that hold a secret ({@code password}, {@code sslpassword}). */
  static boolean isSecretProperty(String name) {
    return name.toLowerCase(java.util.Locale.ROOT).contains("password");
  }

  /** {@code ****} for a present secret, {@code (none)} for an absent one. */
  static String mask(String secret) {
    return secret == null ? "(none)" : MASK;
  }
}
