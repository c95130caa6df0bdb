package dev.gryag.core.config;

import java.util.regex.Pattern;

/** Hides secrets in text that may reach a listing, a log line or an error message. */
public final class Redaction {

  /** What a hidden password inside a URL is replaced by. */
  public static final String MASK = "****";

  // scheme://user:SECRET@host... — greedy up to the last '@', so an unencoded '@' in the password
  // is hidden too (masking a little too much is harmless).
  private static final Pattern URL_PASSWORD =
      Pattern.compile("^([A-Za-z][A-Za-z0-9+.:-]*://[^:/@?]*:).*@");
  // A query parameter whose name says it holds a secret: password=, sslpassword=, api_key=,
  // apikey=, access_token=, client_secret=, sig=, ...
  private static final Pattern SECRET_PARAMETER =
      Pattern.compile(
          "(?i)([?&;][a-z0-9_.-]*(?:password|passwd|pwd|secret|token|key|credentials?|sig"
              + "|signature)=)[^&;#]*");

  private Redaction() {}

  /** A secret as it may be shown: its length only, or {@code (not set)}. */
  public static String hidden(String secret) {
    return secret.isEmpty() ? "(not set)" : "****** (" + secret.length() + " characters)";
  }

  /**
   * {@code url} with the password of its user info and the value of every query parameter named
   * like a secret ({@code password}, {@code api_key}, {@code token}, {@code secret}, ...) masked.
   */
  public static String url(String url) {
    if (url == null) {
      return null;
    }
    String masked = URL_PASSWORD.matcher(url).replaceFirst("$1" + MASK + "@");
    return SECRET_PARAMETER.matcher(masked).replaceAll("$1" + MASK);
  }

  /**
   * A secret URL as it may be shown: its passwords masked, the rest visible; hidden whole when it
   * has an '@' the masking did not recognise (a malformed URL may hold a password anywhere).
   */
  static String secretUrl(String url) {
    String masked = url(url);
    return masked.equals(url) && url.contains("@") ? hidden(url) : masked;
  }
}
