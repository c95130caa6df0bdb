package dev.gryag.adapter.persistence;

import dev.gryag.adapter.persistence.DatabaseStartException.Reason;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;

/** Turns a failure to connect at start into one line that says where and what to change. */
final class StartupErrors {

  private StartupErrors() {}

  static DatabaseStartException connectFailed(ConnectionTarget target, Throwable failure) {
    SQLException sql = find(failure, SQLException.class);
    String state = sql == null || sql.getSQLState() == null ? "" : sql.getSQLState();
    String where = "PostgreSQL at " + target.address();
    if (state.equals("28P01") || state.equals("28000")) {
      return new DatabaseStartException(
          Reason.REJECTED,
          "%s refused the login of user '%s' (%s); check %s"
              .formatted(where, target.user(), firstLine(sql), target.credentialsSetting()),
          failure);
    }
    if (state.equals("3D000")) {
      return new DatabaseStartException(
          Reason.REJECTED,
          "%s has no database '%s'; create it, or change %s"
              .formatted(where, target.database(), setting(target)),
          failure);
    }
    Throwable network = networkCause(failure);
    String why = network != null ? describe(network) : firstLine(sql != null ? sql : failure);
    return new DatabaseStartException(
        Reason.UNREACHABLE,
        "Cannot reach %s (%s); check %s".formatted(where, why, setting(target)),
        failure);
  }

  private static String setting(ConnectionTarget target) {
    return target.setting();
  }

  private static Throwable networkCause(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ConnectException
          || t instanceof UnknownHostException
          || t instanceof NoRouteToHostException
          || t instanceof SocketTimeoutException) {
        return t;
      }
    }
    return null;
  }

  private static String describe(Throwable network) {
    if (network instanceof UnknownHostException) {
      return "unknown host " + network.getMessage();
    }
    if (network instanceof SocketTimeoutException) {
      return "no answer: " + network.getMessage();
    }
    return network.getMessage() == null ? network.getClass().getSimpleName() : network.getMessage();
  }

  static <T extends Throwable> T find(Throwable failure, Class<T> type) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  static String firstLine(Throwable t) {
    String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    int newline = message.indexOf('\n');
    return (newline < 0 ? message : message.substring(0, newline)).strip();
  }
}
