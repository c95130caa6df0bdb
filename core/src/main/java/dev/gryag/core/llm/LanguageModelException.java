package dev.gryag.core.llm;

import java.util.Objects;

/**
 * No language model could answer. Adapters translate HTTP and parsing failures into this type at
 * their edge; its message names the provider and never contains a key.
 */
public class LanguageModelException extends RuntimeException {

  /** Why the call failed, which tells the caller whether trying later makes sense. */
  public enum Kind {
    /** Network trouble, timeouts, 5xx, rate limits: a later call may succeed. */
    TRANSIENT,
    /** Every provider's circuit breaker is open: fail fast until one half-opens. */
    UNAVAILABLE,
    /** The key was rejected (401/403): no retry helps until the configuration changes. */
    AUTHENTICATION,
    /** The provider rejected the request as malformed (4xx): a bug or a bad setting. */
    REJECTED,
    /** The provider answered with a body that could not be understood. */
    MALFORMED_RESPONSE,
    /** The calling thread was interrupted. */
    INTERRUPTED
  }

  private final Kind kind;
  private final String provider;

  public LanguageModelException(Kind kind, String provider, String message, Throwable cause) {
    super(provider + ": " + message, cause);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.provider = Objects.requireNonNull(provider, "provider");
  }

  public LanguageModelException(Kind kind, String provider, String message) {
    this(kind, provider, message, null);
  }

  public Kind kind() {
    return kind;
  }

  /** The provider that failed last, or {@code chain} when a whole fallback chain failed. */
  public String provider() {
    return provider;
  }

  /** True when the same call may succeed later without a configuration change. */
  public boolean retryable() {
    return kind == Kind.TRANSIENT || kind == Kind.UNAVAILABLE;
  }
}
