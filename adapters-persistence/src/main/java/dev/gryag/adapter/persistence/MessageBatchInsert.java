package dev.gryag.adapter.persistence;

import static dev.gryag.adapter.persistence.jooq.Tables.MESSAGE;

import dev.gryag.adapter.persistence.jooq.tables.records.MessageRecord;
import dev.gryag.core.model.ChatMessage;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;

/**
 * The bulk path into {@code message} (history import): multi-row {@code INSERT ... ON CONFLICT DO
 * NOTHING}, so a batch can be replayed after a crash and rows already stored are skipped. Each
 * statement of up to {@link #ROWS_PER_STATEMENT} rows commits on its own unless the caller runs the
 * call inside a transaction.
 */
final class MessageBatchInsert {

  /** 16 columns a row: 16,000 parameters a statement, well below PostgreSQL's 65,535. */
  static final int ROWS_PER_STATEMENT = 1000;

  private MessageBatchInsert() {}

  /** Inserts the messages not stored yet; returns how many were new. */
  static int insert(DSLContext dsl, List<ChatMessage> messages) {
    int inserted = 0;
    for (int from = 0; from < messages.size(); from += ROWS_PER_STATEMENT) {
      List<ChatMessage> chunk =
          messages.subList(from, Math.min(messages.size(), from + ROWS_PER_STATEMENT));
      List<MessageRecord> rows = new ArrayList<>(chunk.size());
      for (ChatMessage message : chunk) {
        rows.add(MessageRows.toRecord(message));
      }
      inserted +=
          dsl.insertInto(MESSAGE, MESSAGE.fields())
              .valuesOfRecords(rows)
              .onConflictDoNothing()
              .execute();
    }
    return inserted;
  }
}
