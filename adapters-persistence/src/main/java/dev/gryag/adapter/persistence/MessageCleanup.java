package dev.gryag.adapter.persistence;

import static dev.gryag.adapter.persistence.jooq.Tables.MESSAGE;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.val;

import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.UserId;
import java.time.Instant;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.Record2;
import org.jooq.Select;
import org.jooq.SortField;
import org.jooq.impl.DSL;

/**
 * The deletes of the message store. Cleanup runs as many short statements of at most {@code limit}
 * rows each (the caller loops), never one long transaction: each locks only the rows it deletes, so
 * appends and reads never wait on it. Age cleanup across chats walks {@code message_cleanup_idx},
 * within a chat {@code message_chat_time_idx}, both oldest first.
 */
final class MessageCleanup {

  private static final List<SortField<?>> ACROSS_CHATS = List.of(MESSAGE.SENT_AT.asc());
  private static final List<SortField<?>> WITHIN_A_CHAT =
      List.of(MESSAGE.SENT_AT.asc(), MESSAGE.MESSAGE_ID.asc());

  private MessageCleanup() {}

  /** How many unimportant messages (of one chat, or of all for null) were sent before cutoff. */
  static long countBefore(DSLContext dsl, ChatId chat, Instant cutoff) {
    return dsl.fetchCount(MESSAGE, olderThan(chat, cutoff));
  }

  /** Deletes up to {@code limit} of the oldest unimportant messages sent before cutoff. */
  static int deleteBefore(DSLContext dsl, ChatId chat, Instant cutoff, int limit) {
    return deleteBeforeQuery(dsl, chat, cutoff, limit).execute();
  }

  static Query deleteBeforeQuery(DSLContext dsl, ChatId chat, Instant cutoff, int limit) {
    return deleteOldest(dsl, olderThan(chat, cutoff), chat == null, val(limit));
  }

  /**
   * Deletes the chat's oldest unimportant messages beyond the newest {@code keep}, at most {@code
   * limit}: one statement that counts and deletes, so concurrent trims never delete too much.
   */
  static int trim(DSLContext dsl, ChatId chat, long keep, int limit) {
    Field<Long> excess =
        DSL.field(select(DSL.count()).from(MESSAGE).where(MESSAGE.CHAT_ID.eq(chat.value())))
            .cast(Long.class)
            .minus(val(keep));
    Field<Long> howMany = DSL.greatest(inline(0L), DSL.least(val((long) limit), excess));
    Condition unimportant = MESSAGE.CHAT_ID.eq(chat.value()).and(MESSAGE.IMPORTANT.isFalse());
    return deleteOldest(dsl, unimportant, false, howMany).execute();
  }

  /** Deletes every message the author wrote in the chat, important ones included. */
  static long eraseAuthor(DSLContext dsl, ChatId chat, UserId author) {
    return dsl.deleteFrom(MESSAGE)
        .where(MESSAGE.CHAT_ID.eq(chat.value()))
        .and(MESSAGE.AUTHOR_ID.eq(author.value()))
        .execute();
  }

  private static Condition olderThan(ChatId chat, Instant cutoff) {
    Condition old = MESSAGE.SENT_AT.lt(MessageRows.bound(cutoff)).and(MESSAGE.IMPORTANT.isFalse());
    return chat == null ? old : MESSAGE.CHAT_ID.eq(chat.value()).and(old);
  }

  /**
   * Deletes the oldest {@code howMany} rows that {@code which} selects: by time sent alone across
   * chats (the order of {@code message_cleanup_idx}), by time and id within a chat.
   */
  private static Query deleteOldest(
      DSLContext dsl, Condition which, boolean acrossChats, Field<? extends Number> howMany) {
    Select<Record2<Long, Long>> oldest =
        select(MESSAGE.CHAT_ID, MESSAGE.MESSAGE_ID)
            .from(MESSAGE)
            .where(which)
            .orderBy(acrossChats ? ACROSS_CHATS : WITHIN_A_CHAT)
            .limit(howMany);
    return dsl.deleteFrom(MESSAGE).where(DSL.row(MESSAGE.CHAT_ID, MESSAGE.MESSAGE_ID).in(oldest));
  }
}
