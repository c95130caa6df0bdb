package dev.gryag.app.bot.ops;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * One readiness check: the database answers, updates keep arriving. {@code /readyz} is ready when
 * every check passes.
 *
 * @param name short name shown in {@code /readyz}, e.g. {@code database}
 * @param probe returns null when healthy, else a one-line reason; must be quick and not throw
 */
public record HealthCheck(String name, Supplier<String> probe) {

  public HealthCheck {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(probe, "probe");
  }

  /** Runs the probe; an exception counts as a failure with its class and message. */
  String run() {
    try {
      return probe.get();
    } catch (RuntimeException e) {
      return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
  }
}
