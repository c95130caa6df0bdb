package dev.gryag.adapter.persistence;

import static dev.gryag.adapter.persistence.jooq.Tables.CURSOR;
import static org.jooq.impl.DSL.currentInstant;
import static org.jooq.impl.DSL.excluded;

import dev.gryag.core.conversation.CursorStore;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * {@link CursorStore} on PostgreSQL: one row per stream, moved forward by a single upsert that
 * ignores lower positions, so concurrent or replayed advances never move a cursor back.
 */
public final class JooqCursorStore implements CursorStore {

  private final DSLContext dsl;

  public JooqCursorStore(PostgresDatabase database) {
    this.dsl = database.dsl();
  }

  @Override
  public long position(String stream) {
    requireStream(stream);
    Long position =
        StoreErrors.guard(
            "Reading the cursor of '" + stream + "'",
            () ->
                dsl.select(CURSOR.POSITION)
                    .from(CURSOR)
                    .where(CURSOR.STREAM.eq(stream))
                    .fetchOne(CURSOR.POSITION));
    return position == null ? 0 : position;
  }

  @Override
  public void advance(String stream, long nextPosition) {
    requireStream(stream);
    requirePosition(stream, nextPosition);
    StoreErrors.guard(
        "Advancing the cursor of '" + stream + "'",
        () ->
            dsl.insertInto(CURSOR, CURSOR.STREAM, CURSOR.POSITION)
                .values(stream, nextPosition)
                .onConflict(CURSOR.STREAM)
                .doUpdate()
                .set(CURSOR.POSITION, excluded(CURSOR.POSITION))
                .set(CURSOR.UPDATED_AT, currentInstant())
                .where(excluded(CURSOR.POSITION).gt(CURSOR.POSITION))
                .execute());
  }

  @Override
  public Optional<Instant> movedAt(String stream) {
    requireStream(stream);
    return StoreErrors.guard(
        "Reading the cursor of '" + stream + "'",
        () ->
            dsl.select(CURSOR.UPDATED_AT)
                .from(CURSOR)
                .where(CURSOR.STREAM.eq(stream))
                .fetchOptional(CURSOR.UPDATED_AT));
  }

  @Override
  public void restart(String stream, long nextPosition) {
    requireStream(stream);
    requirePosition(stream, nextPosition);
    StoreErrors.guard(
        "Restarting the cursor of '" + stream + "'",
        () ->
            dsl.insertInto(CURSOR, CURSOR.STREAM, CURSOR.POSITION)
                .values(stream, nextPosition)
                .onConflict(CURSOR.STREAM)
                .doUpdate()
                .set(CURSOR.POSITION, excluded(CURSOR.POSITION))
                .set(CURSOR.UPDATED_AT, currentInstant())
                .execute());
  }

  private static void requirePosition(String stream, long nextPosition) {
    if (nextPosition < 0) {
      throw new IllegalArgumentException(
          "nextPosition must not be negative, was " + nextPosition + " for '" + stream + "'");
    }
  }

  private static void requireStream(String stream) {
    Objects.requireNonNull(stream, "stream");
    if (stream.isBlank()) {
      throw new IllegalArgumentException("stream must not be blank");
    }
  }
}
