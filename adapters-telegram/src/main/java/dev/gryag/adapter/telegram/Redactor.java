package dev.gryag.adapter.telegram;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Takes the bot token's secret out of text and exceptions before they are logged or thrown. */
final class Redactor {

  static final String MASK = "<redacted>";

  private final String secret;
  private final String encodedSecret;

  Redactor(String token) {
    this.secret = token.substring(token.indexOf(':') + 1);
    this.encodedSecret = URLEncoder.encode(secret, StandardCharsets.UTF_8);
  }

  String apply(String text) {
    if (text == null) {
      return null;
    }
    return text.replace(secret, MASK).replace(encodedSecret, MASK);
  }

  /**
   * The exception itself when nothing in its chain mentions the secret; otherwise a copy of the
   * chain with redacted messages and the original stack traces.
   */
  IOException apply(IOException e) {
    return leaks(e) ? scrub(e) : e;
  }

  private boolean leaks(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      String message = c.getMessage();
      if (message != null && (message.contains(secret) || message.contains(encodedSecret))) {
        return true;
      }
      if (c.getCause() == c) {
        break;
      }
    }
    return false;
  }

  private RedactedIOException scrub(Throwable t) {
    Throwable cause = t.getCause();
    RedactedIOException copy =
        new RedactedIOException(
            t.getClass().getName() + ": " + apply(t.getMessage()),
            cause == null || cause == t ? null : scrub(cause));
    copy.setStackTrace(t.getStackTrace());
    return copy;
  }

  /** An I/O failure whose original messages contained the token. */
  static final class RedactedIOException extends IOException {
    RedactedIOException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
