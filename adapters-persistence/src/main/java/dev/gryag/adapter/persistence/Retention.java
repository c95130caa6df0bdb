package dev.gryag.adapter.persistence;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The batched retention delete shared by the stores: one short statement deletes the oldest {@code
 * limit} due rows, skipping rows another transaction holds ({@code FOR UPDATE SKIP LOCKED}, so
 * retention never waits on the hot path) and checking the condition again on each row it deletes,
 * so a row updated meanwhile to be no longer due stays.
 */
final class Retention {

  private Retention() {}

  static void requirePositiveLimit(int limit) {
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be positive, was " + limit);
    }
  }

  /** Deletes up to {@code limit} rows of {@code table} that are {@code due}, oldest first. */
  static int deleteOldest(DSLContext dsl, Table<?> table, Condition due, Field<?> age, int limit) {
    return deleteOldestQuery(dsl, table, due, age, limit).execute();
  }

  static Query deleteOldestQuery(
      DSLContext dsl, Table<?> table, Condition due, Field<?> age, int limit) {
    Field<?>[] key = table.getPrimaryKey().getFieldsArray();
    return dsl.deleteFrom(table)
        .where(
            DSL.row(key)
                .in(
                    DSL.select(key)
                        .from(table)
                        .where(due)
                        .orderBy(age)
                        .limit(limit)
                        .forUpdate()
                        .skipLocked()))
        .and(due);
  }
}
