package dev.gryag.adapter.persistence;

import java.util.Objects;

/**
 * The database could not be made ready at start. The message is one line for the operator: what
 * failed, where, and which setting to change. Applications report it and exit with a non-zero
 * status; it never holds a password.
 */
public class DatabaseStartException extends RuntimeException {

  /** Why the start failed, for an application to pick its exit status. */
  public enum Reason {
    /** No server answered at the configured host and port. */
    UNREACHABLE,
    /** The server answered but refused the login or the database. */
    REJECTED,
    /** The embedded server's data folder is in use by another process. */
    DATA_DIRECTORY_IN_USE,
    /** The embedded server could not be set up or started. */
    EMBEDDED_SERVER_FAILED,
    /** The schema could not be migrated, or (validate mode) is not current. */
    SCHEMA
  }

  private final Reason reason;

  public DatabaseStartException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  public DatabaseStartException(Reason reason, String message) {
    this(reason, message, null);
  }

  public Reason reason() {
    return reason;
  }
}
