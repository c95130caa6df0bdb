package dev.gryag.adapter.persistence;

import dev.gryag.core.StoreException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;
import java.util.function.Supplier;
import org.jooq.exception.DataAccessException;

/** Translates a database failure into core's {@link StoreException}, flagging retryable ones. */
final class StoreErrors {

  /**
   * SQL states after which the same call may succeed later: the server shut down or is starting,
   * too many connections, a serialization failure or deadlock, a lock or statement timeout.
   */
  private static final Set<String> TRANSIENT_STATES =
      Set.of("57P01", "57P02", "57P03", "53300", "40001", "40P01", "55P03", "57014");

  private StoreErrors() {}

  /**
   * Runs one store operation, translating a database failure (jOOQ's {@link DataAccessException},
   * which wraps every JDBC and pool error) into a {@link StoreException} that names the operation.
   */
  static <T> T guard(String operation, Supplier<T> work) {
    try {
      return work.get();
    } catch (DataAccessException e) {
      throw translate(operation, e);
    }
  }

  static StoreException translate(String operation, Exception failure) {
    SQLException sql = StartupErrors.find(failure, SQLException.class);
    String why = StartupErrors.firstLine(sql != null ? sql : failure);
    return new StoreException(operation + " failed: " + why, failure, isTransient(failure));
  }

  static boolean isTransient(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLTransientException || t instanceof SQLRecoverableException) {
        return true;
      }
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        String state = sql.getSQLState();
        if (state.startsWith("08") || TRANSIENT_STATES.contains(state)) {
          return true;
        }
      }
    }
    return false;
  }
}
