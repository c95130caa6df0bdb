package dev.gryag.adapter.llm;

import dev.gryag.core.llm.LanguageModelException;

/** A provider's final failure, remembering how many HTTP attempts it made for the chain's count. */
final class ProviderException extends LanguageModelException {

  private final int attempts;

  ProviderException(Kind kind, String provider, String message, int attempts, Throwable cause) {
    super(kind, provider, message, cause);
    this.attempts = attempts;
  }

  /** HTTP attempts made before giving up; 0 when the breaker refused the call at once. */
  int attempts() {
    return attempts;
  }
}
