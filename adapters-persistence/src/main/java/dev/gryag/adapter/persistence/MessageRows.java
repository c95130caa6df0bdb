package dev.gryag.adapter.persistence;

import static dev.gryag.adapter.persistence.jooq.Tables.MESSAGE;

import dev.gryag.adapter.persistence.jooq.tables.records.MessageRecord;
import dev.gryag.core.StoreException;
import dev.gryag.core.model.Author;
import dev.gryag.core.model.AuthorKind;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.MediaKind;
import dev.gryag.core.model.MessageRef;
import dev.gryag.core.model.Role;
import dev.gryag.core.model.UserId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jooq.JSONB;
import org.jooq.Record;

/**
 * Maps {@link ChatMessage} to a row of {@code message} and back. Instants are kept to the
 * microsecond (PostgreSQL's precision); NUL characters, which PostgreSQL text cannot hold, become
 * U+FFFD. A new row is never important: that flag is the store's to set.
 */
final class MessageRows {

  private MessageRows() {}

  static MessageRecord toRecord(ChatMessage message) {
    MessageRecord row = new MessageRecord();
    row.setChatId(message.chatId().value());
    row.setMessageId(message.messageId());
    row.setThreadId(message.threadId());
    row.setAuthorId(message.author().id().value());
    row.setReplyTo(message.replyToMessageId());
    row.setSentAt(micros(message.sentAt()));
    row.setEditedAt(micros(message.editedAt()));
    row.setForwarded(message.forwarded());
    row.setImportant(false);
    row.setAuthorKind(message.author().kind().name());
    row.setRole(message.role().name());
    row.setMedia(message.media().name());
    row.setAuthorName(storable(message.author().displayName()));
    row.setAuthorUsername(storable(message.author().username()));
    row.setText(storable(message.text()));
    String entities = EntitiesJson.write(message.entities());
    row.setEntities(entities == null ? null : JSONB.valueOf(entities));
    return row;
  }

  /** Reads a message from any record holding the {@code message} columns. */
  static ChatMessage toMessage(Record row) {
    MessageRef ref = MessageRef.of(row.get(MESSAGE.CHAT_ID), row.get(MESSAGE.MESSAGE_ID));
    try {
      Author author =
          new Author(
              UserId.of(row.get(MESSAGE.AUTHOR_ID)),
              row.get(MESSAGE.AUTHOR_NAME),
              row.get(MESSAGE.AUTHOR_USERNAME),
              AuthorKind.valueOf(row.get(MESSAGE.AUTHOR_KIND)));
      JSONB entities = row.get(MESSAGE.ENTITIES);
      return new ChatMessage(
          ref,
          row.get(MESSAGE.THREAD_ID),
          author,
          Role.valueOf(row.get(MESSAGE.ROLE)),
          row.get(MESSAGE.SENT_AT),
          row.get(MESSAGE.EDITED_AT),
          row.get(MESSAGE.TEXT),
          MediaKind.valueOf(row.get(MESSAGE.MEDIA)),
          row.get(MESSAGE.REPLY_TO),
          EntitiesJson.read(entities == null ? null : entities.data()),
          row.get(MESSAGE.FORWARDED));
    } catch (IllegalArgumentException e) {
      throw new StoreException(
          "The stored message " + ref + " is unreadable: " + e.getMessage(), e);
    }
  }

  static Instant micros(Instant instant) {
    return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
  }

  /**
   * The bound {@code instant} as PostgreSQL can hold it, rounded up to the microsecond: for a
   * stored (whole-microsecond) time {@code t}, {@code t < bound} and {@code t >= bound} mean the
   * same with the rounded bound as with the exact one.
   */
  static Instant bound(Instant instant) {
    Instant down = instant.truncatedTo(ChronoUnit.MICROS);
    return down.equals(instant) ? down : down.plus(1, ChronoUnit.MICROS);
  }

  /** A newest-first list turned oldest first. */
  static List<ChatMessage> oldestFirst(List<ChatMessage> newestFirst) {
    return List.copyOf(newestFirst.reversed());
  }

  static String storable(String text) {
    return text == null || text.indexOf('\u0000') < 0 ? text : text.replace('\u0000', '\uFFFD');
  }
}
