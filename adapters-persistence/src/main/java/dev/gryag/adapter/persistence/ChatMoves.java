package dev.gryag.adapter.persistence;

import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.val;

import dev.gryag.core.model.ChatMigration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jooq.CommonTableExpression;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertOnDuplicateStep;
import org.jooq.InsertReturningStep;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.ResultQuery;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Moves a migrated chat's rows of one table in one statement: a data-modifying CTE deletes the old
 * chat's rows and hands exactly those rows to an insert under the new chat id, with the columns
 * holding message ids mapped ({@code + 2^40}, see {@link ChatMigration}). One statement is one
 * transaction and one snapshot: a row written to the old chat meanwhile either moves or stays for
 * the next move, never is deleted unmoved; two moves at once each take the rows the other did not.
 * The delete reads the table's key, which starts with the chat id; the insert meets the new chat's
 * rows on the same key, where the store's conflict rule applies.
 *
 * <pre>{@code
 * with moved as (delete from t where chat_id = :from returning *),
 *      arrived as (insert into t (...) select :to, id + 2^40, ... from moved on conflict ... returning 1)
 * select count(*) from moved
 * }</pre>
 */
final class ChatMoves {

  private ChatMoves() {}

  /**
   * Moves the rows and returns how many left the old chat.
   *
   * @param messageIds the columns holding ids of the chat's messages, mapped on the way
   * @param onConflict the store's conflict rule: {@code on conflict ...} of the insert
   */
  static <R extends Record> int move(
      DSLContext dsl,
      Table<R> table,
      TableField<R, Long> chat,
      Set<TableField<R, Long>> messageIds,
      ChatMigration migration,
      Function<InsertOnDuplicateStep<R>, InsertReturningStep<R>> onConflict) {
    return moveQuery(dsl, table, chat, messageIds, migration, onConflict).fetchSingle().value1();
  }

  /** The statement of {@link #move}, for its plan. */
  static <R extends Record> ResultQuery<Record1<Integer>> moveQuery(
      DSLContext dsl,
      Table<R> table,
      TableField<R, Long> chat,
      Set<TableField<R, Long>> messageIds,
      ChatMigration migration,
      Function<InsertOnDuplicateStep<R>, InsertReturningStep<R>> onConflict) {
    List<Field<?>> columns = List.of(table.fields());
    CommonTableExpression<R> moved =
        name("moved")
            .as(dsl.deleteFrom(table).where(chat.eq(migration.from().value())).returning(columns));
    Map<Field<?>, Field<?>> mapped = new HashMap<>();
    mapped.put(chat, val(migration.to().value()));
    for (TableField<R, Long> id : messageIds) {
      mapped.put(id, movedId(moved.field(id)));
    }
    List<Field<?>> values = new ArrayList<>(columns.size());
    for (Field<?> column : columns) {
      values.add(mapped.getOrDefault(column, moved.field(column)));
    }
    CommonTableExpression<?> arrived =
        name("arrived")
            .as(
                onConflict
                    .apply(
                        dsl.insertInto(table).columns(columns).select(select(values).from(moved)))
                    .returningResult(DSL.inline(1)));
    return dsl.with(moved, arrived).select(DSL.count()).from(moved);
  }

  /**
   * {@code id + 2^40}, null for null; an id not below {@code 2^40} fails the statement with an
   * error that names it (a cast of text to bigint is how SQL raises an error inside an expression).
   */
  static Field<Long> movedId(Field<Long> id) {
    return DSL.when(id.lt(ChatMigration.MOVED_ID_BASE), id.plus(ChatMigration.MOVED_ID_BASE))
        .when(
            id.isNotNull(),
            DSL.inline("message id ")
                .concat(id)
                .concat(DSL.inline(" cannot move: not below 2^40"))
                .cast(SQLDataType.BIGINT));
  }

  /** Every column but the key takes the arriving row's value: for {@code do update set}. */
  static <R extends Record> Map<Field<?>, Field<?>> arrivingValues(Table<R> table) {
    Set<Field<?>> key = Set.copyOf(table.getPrimaryKey().getFields());
    Map<Field<?>, Field<?>> values = new HashMap<>();
    for (Field<?> column : table.fields()) {
      if (!key.contains(column)) {
        values.put(column, DSL.excluded(column));
      }
    }
    return values;
  }
}
