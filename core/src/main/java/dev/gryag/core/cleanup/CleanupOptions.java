package dev.gryag.core.cleanup;

import java.time.Duration;
import java.util.Objects;

/**
 * How one cleanup run behaves.
 *
 * @param dryRun true to only count what is due, deleting nothing
 * @param batchSize items removed per batch, between budget checks; default 500
 * @param budget how long a run may take before it stops between batches; default 2 seconds
 */
public record CleanupOptions(boolean dryRun, int batchSize, Duration budget) {

  public static final CleanupOptions DEFAULTS =
      new CleanupOptions(false, 500, Duration.ofSeconds(2));

  public CleanupOptions {
    Objects.requireNonNull(budget, "budget");
    if (batchSize < 1 || batchSize > 100_000) {
      throw new IllegalArgumentException("batchSize must be in [1, 100000], was " + batchSize);
    }
    if (budget.isNegative() || budget.isZero()) {
      throw new IllegalArgumentException("budget must be positive, was " + budget);
    }
  }

  /** The defaults, counting only. */
  public static CleanupOptions dryRunDefaults() {
    return new CleanupOptions(true, DEFAULTS.batchSize(), DEFAULTS.budget());
  }
}
