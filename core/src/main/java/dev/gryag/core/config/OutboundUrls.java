package dev.gryag.core.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rule for every URL Gryag sends an API key or the bot token to: {@code https://}, or plain
 * {@code http://} only to this machine (a local model server, a tunnel). Plain HTTP anywhere else
 * would put the credentials on the wire in the clear. The host is judged as written, without a DNS
 * lookup, so a name that merely starts like a loopback address ({@code 127.0.0.1.evil.com}) is
 * refused.
 */
public final class OutboundUrls {

  /** How the rule is stated in errors. */
  public static final String RULE = "https://, or http:// only to localhost, 127.0.0.0/8 or [::1]";

  /** The rule, short, for the range column of the configuration reference. */
  public static final String RANGE = "https URL (http to loopback)";

  private static final String OCTET = "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
  private static final Pattern LOOPBACK_V4 = Pattern.compile("127(\\." + OCTET + "){3}");

  private OutboundUrls() {}

  /**
   * Checks the scheme and host of a parsed URL (a bracketed IPv6 host is accepted with or without
   * its brackets).
   *
   * @throws IllegalArgumentException starting with "expected", naming the scheme and the host but
   *     nothing else of the URL (its path or user info may hold a secret)
   */
  public static void check(String scheme, String host) {
    String lower = scheme == null ? "" : scheme.toLowerCase(Locale.ROOT);
    if (lower.equals("https") || (lower.equals("http") && isLoopback(host))) {
      return;
    }
    String why =
        lower.equals("http")
            ? "plain http:// to " + host + " would send credentials in the clear"
            : "not " + (lower.isEmpty() ? "a URL without a scheme" : lower + "://");
    throw new IllegalArgumentException("expected " + RULE + "; " + why);
  }

  /** True for {@code localhost}, {@code 127.x.y.z} and the IPv6 loopback, as literals only. */
  public static boolean isLoopback(String host) {
    if (host == null || host.isEmpty()) {
      return false;
    }
    String bare =
        host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    if (bare.equalsIgnoreCase("localhost") || LOOPBACK_V4.matcher(bare).matches()) {
      return true;
    }
    if (!bare.contains(":")) {
      return false;
    }
    try {
      // With a ':' in it the text is parsed as an IPv6 literal, never looked up.
      return InetAddress.getByName("[" + bare + "]").isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
