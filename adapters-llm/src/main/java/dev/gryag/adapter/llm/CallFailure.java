package dev.gryag.adapter.llm;

import dev.gryag.core.llm.LanguageModelException.Kind;
import java.time.Duration;
import java.util.Optional;

/**
 * One failed HTTP attempt, as the retry policy and the circuit breaker see it. Never leaves the
 * package: {@link ResilientCaller} turns the last one into a {@link ProviderException}.
 */
final class CallFailure extends RuntimeException {

  private final Kind kind;
  private final int status;
  private final Duration retryAfter;
  private final boolean retryable;

  private CallFailure(
      Kind kind,
      int status,
      String message,
      Duration retryAfter,
      boolean retryable,
      Throwable cause) {
    super(message, cause, false, false);
    this.kind = kind;
    this.status = status;
    this.retryAfter = retryAfter;
    this.retryable = retryable;
  }

  /** A network error or timeout: retried. */
  static CallFailure network(String message, Throwable cause) {
    return new CallFailure(Kind.TRANSIENT, 0, message, null, true, cause);
  }

  /** A body that is not the JSON the API documents: not retried. */
  static CallFailure malformed(String message) {
    return new CallFailure(Kind.MALFORMED_RESPONSE, 0, message, null, false, null);
  }

  /** The calling thread was interrupted: never retried. */
  static CallFailure interrupted(String message) {
    return new CallFailure(Kind.INTERRUPTED, 0, message, null, false, null);
  }

  /**
   * An HTTP error status. 408, 429 and 5xx are transient and retried; 401 and 403 are
   * authentication failures; other 4xx are rejections.
   *
   * @param retryAfter the server's hint, or null
   */
  static CallFailure http(int status, String message, Duration retryAfter) {
    Kind kind = kindOf(status);
    return new CallFailure(kind, status, message, retryAfter, kind == Kind.TRANSIENT, null);
  }

  /** An HTTP error whose kind the provider's error body decided (e.g. Gemini's bad key on 400). */
  static CallFailure http(int status, Kind kind, String message, boolean retryable) {
    return new CallFailure(kind, status, message, null, retryable, null);
  }

  static Kind kindOf(int status) {
    if (status == 408 || status == 429 || status >= 500) {
      return Kind.TRANSIENT;
    }
    if (status == 401 || status == 403) {
      return Kind.AUTHENTICATION;
    }
    return Kind.REJECTED;
  }

  Kind kind() {
    return kind;
  }

  /** The HTTP status, or 0 when no response arrived. */
  int status() {
    return status;
  }

  boolean rateLimited() {
    return status == 429;
  }

  Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  /** Whether the kind of failure allows another attempt at all (hints are judged separately). */
  boolean retryable() {
    return retryable;
  }

  /** Whether this failure says something about the provider's health (for the breaker). */
  boolean countsAgainstProvider() {
    return kind != Kind.REJECTED && kind != Kind.INTERRUPTED;
  }
}
