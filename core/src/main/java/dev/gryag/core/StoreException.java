package dev.gryag.core;

/**
 * A storage port could not do its work: the database is unreachable, a statement failed. Adapters
 * translate their own errors into this type at their edge so callers can decide to retry.
 */
public class StoreException extends RuntimeException {

  private final boolean transientFailure;

  public StoreException(String message, Throwable cause, boolean transientFailure) {
    super(message, cause);
    this.transientFailure = transientFailure;
  }

  public StoreException(String message, Throwable cause) {
    this(message, cause, false);
  }

  /** True when the same call may succeed later (connection lost, server restarting). */
  public boolean isTransient() {
    return transientFailure;
  }
}
