package dev.gryag.adapter.persistence;

import static dev.gryag.adapter.persistence.jooq.Tables.MESSAGE;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.val;

import dev.gryag.adapter.persistence.jooq.tables.records.MessageRecord;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.MessageRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import org.jooq.CommonTableExpression;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.Record4;
import org.jooq.ResultQuery;
import org.jooq.impl.DSL;

/**
 * The read and delete queries of the message store, each served by an index of V1: the recent
 * window and the reply chain by the primary key, a forum topic by {@code message_thread_idx},
 * search by {@code message_search_idx}, age cleanup by {@code message_cleanup_idx}. Results are
 * oldest first.
 */
final class MessageQueries {

  /** The generated search column: read through SQL text-search functions only. */
  static final Field<Object> SEARCH_VECTOR = field(name("search_vector"));

  private static final Pattern HAS_WORD = Pattern.compile("[\\p{L}\\p{N}]");

  private MessageQueries() {}

  /** The latest {@code limit} messages of a chat. */
  static List<ChatMessage> recentWindow(DSLContext dsl, ChatId chat, int limit) {
    return oldestFirst(recentWindowQuery(dsl, chat, limit).fetch(MessageRows::toMessage));
  }

  static ResultQuery<MessageRecord> recentWindowQuery(DSLContext dsl, ChatId chat, int limit) {
    return dsl.selectFrom(MESSAGE)
        .where(MESSAGE.CHAT_ID.eq(chat.value()))
        .orderBy(MESSAGE.MESSAGE_ID.desc())
        .limit(limit);
  }

  /** The latest {@code limit} messages of one forum topic. */
  static List<ChatMessage> threadWindow(DSLContext dsl, ChatId chat, long threadId, int limit) {
    return oldestFirst(threadWindowQuery(dsl, chat, threadId, limit).fetch(MessageRows::toMessage));
  }

  static ResultQuery<MessageRecord> threadWindowQuery(
      DSLContext dsl, ChatId chat, long threadId, int limit) {
    return dsl.selectFrom(MESSAGE)
        .where(MESSAGE.CHAT_ID.eq(chat.value()))
        .and(MESSAGE.THREAD_ID.eq(threadId))
        .orderBy(MESSAGE.MESSAGE_ID.desc())
        .limit(limit);
  }

  /**
   * The message {@code start} and the ones it replies to, up to {@code maxAncestors} steps back,
   * oldest first. The chain ends at a message that replies to nothing or to a message not stored.
   */
  static List<ChatMessage> replyChain(DSLContext dsl, MessageRef start, int maxAncestors) {
    return replyChainQuery(dsl, start, maxAncestors).fetch(MessageRows::toMessage);
  }

  static ResultQuery<Record> replyChainQuery(DSLContext dsl, MessageRef start, int maxAncestors) {
    Field<Integer> depth = field(name("chain", "depth"), Integer.class);
    Field<Long> chatId = field(name("chain", "chat_id"), Long.class);
    Field<Long> messageId = field(name("chain", "message_id"), Long.class);
    Field<Long> replyTo = field(name("chain", "reply_to"), Long.class);
    CommonTableExpression<Record4<Long, Long, Long, Integer>> chain =
        name("chain")
            .fields("chat_id", "message_id", "reply_to", "depth")
            .as(
                select(MESSAGE.CHAT_ID, MESSAGE.MESSAGE_ID, MESSAGE.REPLY_TO, inline(0))
                    .from(MESSAGE)
                    .where(MESSAGE.CHAT_ID.eq(start.chat().value()))
                    .and(MESSAGE.MESSAGE_ID.eq(start.messageId()))
                    .unionAll(
                        select(
                                MESSAGE.CHAT_ID,
                                MESSAGE.MESSAGE_ID,
                                MESSAGE.REPLY_TO,
                                depth.plus(inline(1)))
                            .from(MESSAGE)
                            .join(DSL.table(name("chain")))
                            .on(MESSAGE.CHAT_ID.eq(chatId))
                            .and(MESSAGE.MESSAGE_ID.eq(replyTo))
                            .where(depth.lt(val(maxAncestors)))));
    return dsl.withRecursive(chain)
        .select(MESSAGE.fields())
        .from(MESSAGE)
        .join(chain)
        .on(MESSAGE.CHAT_ID.eq(chatId))
        .and(MESSAGE.MESSAGE_ID.eq(messageId))
        .orderBy(depth.desc());
  }

  /**
   * The latest {@code limit} messages of a chat containing every word of {@code text}, matched by
   * stem as the {@code gryag_text} configuration makes them (гряга finds гряг and грягом). Empty
   * when {@code text} has no word to search for.
   */
  static List<ChatMessage> search(DSLContext dsl, ChatId chat, String text, int limit) {
    if (!HAS_WORD.matcher(text).find()) {
      return List.of();
    }
    return oldestFirst(searchQuery(dsl, chat, text, limit).fetch(MessageRows::toMessage));
  }

  /**
   * The search as a query. The text is inlined (safely quoted), not bound: PostgreSQL then plans
   * for the actual words, walking the chat for a frequent one and asking the index for a rare one,
   * where a cached generic plan would have to guess.
   */
  static ResultQuery<MessageRecord> searchQuery(
      DSLContext dsl, ChatId chat, String text, int limit) {
    return dsl.selectFrom(MESSAGE)
        .where(MESSAGE.CHAT_ID.eq(chat.value()))
        .and(
            DSL.condition(
                "{0} @@ plainto_tsquery('gryag_text', gryag_search_text({1}))",
                SEARCH_VECTOR, inline(text)))
        .orderBy(MESSAGE.MESSAGE_ID.desc())
        .limit(limit);
  }

  /**
   * Deletes up to {@code batch} of the oldest messages sent before {@code cutoff}, not important.
   */
  static int deleteOlderThan(DSLContext dsl, Instant cutoff, int batch) {
    return deleteOlderThanQuery(dsl, cutoff, batch).execute();
  }

  static Query deleteOlderThanQuery(DSLContext dsl, Instant cutoff, int batch) {
    return dsl.deleteFrom(MESSAGE)
        .where(
            DSL.row(MESSAGE.CHAT_ID, MESSAGE.MESSAGE_ID)
                .in(
                    select(MESSAGE.CHAT_ID, MESSAGE.MESSAGE_ID)
                        .from(MESSAGE)
                        .where(MESSAGE.SENT_AT.lt(cutoff))
                        .and(MESSAGE.IMPORTANT.isFalse())
                        .orderBy(MESSAGE.SENT_AT)
                        .limit(batch)));
  }

  private static List<ChatMessage> oldestFirst(List<ChatMessage> newestFirst) {
    List<ChatMessage> messages = new ArrayList<>(newestFirst);
    Collections.reverse(messages);
    return messages;
  }
}
