package dev.gryag.adapter.persistence;

import dev.gryag.core.StoreException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.jooq.DSLContext;

/**
 * Read-modify-write of one row by a pure change function, atomic against concurrent updates of the
 * same row: the stored row is locked ({@code SELECT ... FOR UPDATE}) for the short transaction that
 * applies the change, so updates of one row queue up and none is lost; a row that does not exist
 * yet is inserted with {@code ON CONFLICT DO NOTHING}, and when another caller inserted it first
 * the whole update is repeated on the now existing row (the change may thus run twice).
 *
 * @param <T> the value a row holds
 */
final class RowUpdates<T> {

  /** The row-specific statements of an update, each run inside the update's transaction. */
  interface Row<T> {

    /** The stored value, locked until the transaction ends; empty when there is no row. */
    Optional<T> lockCurrent(DSLContext dsl);

    /** Inserts the value unless a row exists; true when inserted. */
    boolean insert(DSLContext dsl, T value);

    void replace(DSLContext dsl, T value);

    void delete(DSLContext dsl);
  }

  private static final int ATTEMPTS = 5;

  private RowUpdates() {}

  /**
   * Applies {@code change} to the row and returns what is stored afterwards; {@code check} throws
   * {@link IllegalArgumentException} for a result that does not belong in this row, and returns the
   * value as the row will hold it.
   */
  static <T> Optional<T> update(
      DSLContext dsl, Row<T> row, UnaryOperator<Optional<T>> change, Function<T, T> check) {
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      Optional<Optional<T>> done =
          dsl.transactionResult(transaction -> once(transaction.dsl(), row, change, check));
      if (done.isPresent()) {
        return done.get();
      }
    }
    throw new StoreException(
        "gave up after " + ATTEMPTS + " attempts lost to concurrent inserts of the same row",
        null,
        true);
  }

  /** One attempt: the stored result, or empty when a concurrent insert won and it must rerun. */
  private static <T> Optional<Optional<T>> once(
      DSLContext dsl, Row<T> row, UnaryOperator<Optional<T>> change, Function<T, T> check) {
    Optional<T> current = row.lockCurrent(dsl);
    Optional<T> next =
        Objects.requireNonNull(change.apply(current), "the change returned null").map(check);
    if (next.isEmpty()) {
      if (current.isPresent()) {
        row.delete(dsl);
      }
      return Optional.of(next);
    }
    if (current.isPresent()) {
      row.replace(dsl, next.get());
      return Optional.of(next);
    }
    return row.insert(dsl, next.get()) ? Optional.of(next) : Optional.empty();
  }
}
