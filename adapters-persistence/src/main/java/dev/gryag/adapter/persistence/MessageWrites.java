package dev.gryag.adapter.persistence;

import static dev.gryag.adapter.persistence.jooq.Tables.MESSAGE;

import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.MessageRef;
import dev.gryag.core.model.TextEntity;
import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.JSONB;

/**
 * The single-row writes of the message store, each one statement on the primary key and so atomic
 * on its own: the idempotent append, an edit that never undoes a newer one, the important mark.
 */
final class MessageWrites {

  private MessageWrites() {}

  /** Inserts the message unless its ref is stored; true when it was new. */
  static boolean append(DSLContext dsl, ChatMessage message) {
    return dsl.insertInto(MESSAGE)
            .set(MessageRows.toRecord(message))
            .onConflictDoNothing()
            .execute()
        == 1;
  }

  /** Applies an edit unless the stored one is newer; true when the row changed. */
  static boolean edit(
      DSLContext dsl, MessageRef ref, String text, List<TextEntity> entities, Instant editedAt) {
    String json = EntitiesJson.write(entities);
    Instant when = MessageRows.micros(editedAt);
    return dsl.update(MESSAGE)
            .set(MESSAGE.TEXT, MessageRows.storable(text))
            .set(MESSAGE.ENTITIES, json == null ? null : JSONB.valueOf(json))
            .set(MESSAGE.EDITED_AT, when)
            .where(MessageQueries.is(ref))
            .and(MESSAGE.EDITED_AT.isNull().or(MESSAGE.EDITED_AT.le(when)))
            .execute()
        == 1;
  }

  /** Sets or clears the important mark; false when the message is not stored. */
  static boolean markImportant(DSLContext dsl, MessageRef ref, boolean important) {
    return dsl.update(MESSAGE)
            .set(MESSAGE.IMPORTANT, important)
            .where(MessageQueries.is(ref))
            .execute()
        == 1;
  }
}
