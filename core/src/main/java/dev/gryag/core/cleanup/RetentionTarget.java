package dev.gryag.core.cleanup;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.ToIntBiFunction;
import java.util.function.ToLongFunction;

/**
 * One kind of data as retention sees it: how much is due, and a sweep that removes it in batches.
 * {@link RetentionTargets} builds the targets for Gryag's stores; {@link #aged} adapts anything
 * that can count and delete items older than an instant.
 *
 * <p>Contract: thread-safe; a sweep removes only what was due at the instant it started, so items
 * added meanwhile are never touched; removing is idempotent; storage failures throw {@link
 * dev.gryag.core.StoreException}.
 */
public interface RetentionTarget {

  /** The kind of data. */
  DataKind kind();

  /** How many items are due for removal at {@code now}. */
  long countDue(Instant now);

  /** Starts removing what is due at {@code now}. */
  Sweep sweep(Instant now);

  /** One run over a target, batch by batch. Not thread-safe: one caller drives it. */
  interface Sweep {

    /** Removes up to {@code limit} more due items. */
    BatchResult next(int limit);
  }

  /**
   * A target over data that can count and delete items older than a cutoff: items older than {@code
   * maxAge} at the sweep's start are due.
   */
  static RetentionTarget aged(DataKind kind, Duration maxAge, AgedData data) {
    Objects.requireNonNull(kind, "kind");
    RetentionPolicy.requirePositive("maxAge", maxAge);
    Objects.requireNonNull(data, "data");
    return new RetentionTarget() {
      @Override
      public DataKind kind() {
        return kind;
      }

      @Override
      public long countDue(Instant now) {
        return data.countOlderThan(now.minus(maxAge));
      }

      @Override
      public Sweep sweep(Instant now) {
        Instant cutoff = now.minus(maxAge);
        return limit -> {
          int removed = data.deleteOlderThan(cutoff, limit);
          return BatchResult.removed(removed, removed < limit);
        };
      }
    };
  }

  /** Data that can count and delete its items older than a cutoff; see {@link #aged}. */
  interface AgedData {

    /** How many items are older than {@code cutoff}. */
    long countOlderThan(Instant cutoff);

    /** Deletes up to {@code limit} items older than {@code cutoff}, oldest first; how many went. */
    int deleteOlderThan(Instant cutoff, int limit);

    /** Aged data from a counting and a deleting function, e.g. a store's two methods. */
    static AgedData of(ToLongFunction<Instant> count, ToIntBiFunction<Instant, Integer> delete) {
      Objects.requireNonNull(count, "count");
      Objects.requireNonNull(delete, "delete");
      return new AgedData() {
        @Override
        public long countOlderThan(Instant cutoff) {
          return count.applyAsLong(cutoff);
        }

        @Override
        public int deleteOlderThan(Instant cutoff, int limit) {
          return delete.applyAsInt(cutoff, limit);
        }
      };
    }
  }
}
