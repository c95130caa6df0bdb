package dev.gryag.adapter.persistence;

import dev.gryag.core.config.Redaction;

/** Hides passwords in text that may reach a log line, an exception message or a toString. */
final class Secrets {

  static final String MASK = Redaction.MASK;

  private Secrets() {}

  /** True for connection properties that hold a secret ({@code password}, {@code sslpassword}). */
  static boolean isSecretProperty(String name) {
    return name.toLowerCase(java.util.Locale.ROOT).contains("password");
  }

  /** {@code ****} for a present secret, {@code (none)} for an absent one. */
  static String mask(String secret) {
    return secret == null ? "(none)" : MASK;
  }
}
