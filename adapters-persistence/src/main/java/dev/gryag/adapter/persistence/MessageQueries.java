package dev.gryag.adapter.persistence;

import static dev.gryag.adapter.persistence.jooq.Tables.MESSAGE;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.rowNumber;
import static org.jooq.impl.DSL.select;

import dev.gryag.adapter.persistence.jooq.tables.records.MessageRecord;
import dev.gryag.core.context.AuthorActivity;
import dev.gryag.core.model.Author;
import dev.gryag.core.model.AuthorKind;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.MessageRef;
import dev.gryag.core.model.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.CommonTableExpression;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Record5;
import org.jooq.ResultQuery;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The read queries of the message store, each served by an index: a message, a count and the list
 * of chats by the primary key, the recent window and the top authors by {@code
 * message_chat_time_idx}, a forum topic by {@code message_thread_idx}. Windows come back oldest
 * first. The reply chain is {@link ReplyChains}'s, search {@link MessageTextSearch}'s.
 */
final class MessageQueries {

  /** Chronological order, newest first: by time sent, then by message id. */
  static final List<SortField<?>> NEWEST_FIRST =
      List.of(MESSAGE.SENT_AT.desc(), MESSAGE.MESSAGE_ID.desc());

  private MessageQueries() {}

  static Optional<ChatMessage> find(DSLContext dsl, MessageRef ref) {
    return dsl.selectFrom(MESSAGE).where(is(ref)).fetchOptional(MessageRows::toMessage);
  }

  static Condition is(MessageRef ref) {
    return MESSAGE.CHAT_ID.eq(ref.chat().value()).and(MESSAGE.MESSAGE_ID.eq(ref.messageId()));
  }

  /** The latest {@code limit} messages of a chat, oldest first. */
  static List<ChatMessage> recentWindow(DSLContext dsl, ChatId chat, int limit) {
    return MessageRows.oldestFirst(
        recentWindowQuery(dsl, chat, limit).fetch(MessageRows::toMessage));
  }

  static ResultQuery<MessageRecord> recentWindowQuery(DSLContext dsl, ChatId chat, int limit) {
    return dsl.selectFrom(MESSAGE)
        .where(MESSAGE.CHAT_ID.eq(chat.value()))
        .orderBy(NEWEST_FIRST)
        .limit(limit);
  }

  /**
   * Up to {@code each} messages of the chat just before {@code message} and as many just after,
   * oldest first: two short walks of {@code message_chat_time_idx}.
   */
  static List<ChatMessage> neighbours(DSLContext dsl, ChatMessage message, int each) {
    var at = DSL.row(MessageRows.micros(message.sentAt()), message.messageId());
    var position = DSL.row(MESSAGE.SENT_AT, MESSAGE.MESSAGE_ID);
    Condition inChat = MESSAGE.CHAT_ID.eq(message.chatId().value());
    List<ChatMessage> before =
        dsl.selectFrom(MESSAGE)
            .where(inChat.and(position.lt(at)))
            .orderBy(NEWEST_FIRST)
            .limit(each)
            .fetch(MessageRows::toMessage);
    List<ChatMessage> after =
        dsl.selectFrom(MESSAGE)
            .where(inChat.and(position.gt(at)))
            .orderBy(MESSAGE.SENT_AT.asc(), MESSAGE.MESSAGE_ID.asc())
            .limit(each)
            .fetch(MessageRows::toMessage);
    List<ChatMessage> around = new ArrayList<>(MessageRows.oldestFirst(before));
    around.addAll(after);
    return List.copyOf(around);
  }

  /** The latest {@code limit} messages of one forum topic (null: outside topics), oldest first. */
  static List<ChatMessage> threadWindow(DSLContext dsl, ChatId chat, Long threadId, int limit) {
    return MessageRows.oldestFirst(
        threadWindowQuery(dsl, chat, threadId, limit).fetch(MessageRows::toMessage));
  }

  static ResultQuery<MessageRecord> threadWindowQuery(
      DSLContext dsl, ChatId chat, Long threadId, int limit) {
    return dsl.selectFrom(MESSAGE)
        .where(MESSAGE.CHAT_ID.eq(chat.value()))
        .and(threadId == null ? MESSAGE.THREAD_ID.isNull() : MESSAGE.THREAD_ID.eq(threadId))
        .orderBy(NEWEST_FIRST)
        .limit(limit);
  }

  static long count(DSLContext dsl, ChatId chat) {
    return dsl.fetchCount(MESSAGE, MESSAGE.CHAT_ID.eq(chat.value()));
  }

  /**
   * Every chat holding a message, by id: a loose index scan that jumps from chat to chat on the
   * primary key (one lookup a chat) instead of reading every message.
   */
  static List<ChatId> chats(DSLContext dsl) {
    return chatsQuery(dsl).fetch(row -> ChatId.of(row.value1()));
  }

  static ResultQuery<Record1<Long>> chatsQuery(DSLContext dsl) {
    Field<Long> id = field(name("chats", "id"), Long.class);
    CommonTableExpression<?> chats =
        name("chats")
            .fields("id")
            .as(
                select(DSL.min(MESSAGE.CHAT_ID))
                    .from(MESSAGE)
                    .unionAll(
                        select(
                                field(
                                    select(DSL.min(MESSAGE.CHAT_ID))
                                        .from(MESSAGE)
                                        .where(MESSAGE.CHAT_ID.gt(id))))
                            .from(DSL.table(name("chats")))
                            .where(id.isNotNull())));
    return dsl.withRecursive(chats).select(id).from(chats).where(id.isNotNull()).orderBy(id);
  }

  /**
   * The most active authors since {@code since}: one pass over the chat's window on {@code
   * message_chat_time_idx}, counting per author and keeping each author's latest row for the name.
   */
  static List<AuthorActivity> topAuthors(DSLContext dsl, ChatId chat, Instant since, int limit) {
    return topAuthorsQuery(dsl, chat, since, limit)
        .fetch(row ->
            new AuthorActivity(
                new Author(
                    UserId.of(row.value1()),
                    row.value2(),
                    row.value3(),
                    AuthorKind.valueOf(row.value4())),
                row.value5()));
  }

  static ResultQuery<Record5<Long, String, String, String, Integer>> topAuthorsQuery(
      DSLContext dsl, ChatId chat, Instant since, int limit) {
    Field<Integer> messages = DSL.count().over(DSL.partitionBy(MESSAGE.AUTHOR_ID)).as("messages");
    Field<Integer> latest =
        rowNumber().over(DSL.partitionBy(MESSAGE.AUTHOR_ID).orderBy(NEWEST_FIRST)).as("latest");
    Table<?> window =
        select(
                MESSAGE.AUTHOR_ID,
                MESSAGE.AUTHOR_NAME,
                MESSAGE.AUTHOR_USERNAME,
                MESSAGE.AUTHOR_KIND,
                messages,
                latest)
            .from(MESSAGE)
            .where(MESSAGE.CHAT_ID.eq(chat.value()))
            .and(MESSAGE.SENT_AT.ge(MessageRows.bound(since)))
            .asTable("window");
    Field<Integer> count = window.field(messages);
    Field<Long> authorId = window.field(MESSAGE.AUTHOR_ID);
    return dsl.select(
            authorId,
            window.field(MESSAGE.AUTHOR_NAME),
            window.field(MESSAGE.AUTHOR_USERNAME),
            window.field(MESSAGE.AUTHOR_KIND),
            count)
        .from(window)
        .where(window.field(latest).eq(1))
        .orderBy(count.desc(), authorId)
        .limit(limit);
  }

  static boolean isImportant(DSLContext dsl, MessageRef ref) {
    return dsl.fetchExists(MESSAGE, is(ref).and(MESSAGE.IMPORTANT.isTrue()));
  }
}
