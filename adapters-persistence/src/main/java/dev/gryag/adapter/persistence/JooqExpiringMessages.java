package dev.gryag.adapter.persistence;

import static dev.gryag.adapter.persistence.jooq.Tables.MEMBER_FACT;
import static dev.gryag.adapter.persistence.jooq.Tables.MESSAGE;

import dev.gryag.core.cleanup.ExpiringMessages;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatMessage;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.ResultQuery;
import org.jooq.impl.DSL;

/**
 * {@link ExpiringMessages} on PostgreSQL: the {@code message} table as retention sees it, with
 * importance decided in the same query (the {@code important} mark, or a row of {@code member_fact}
 * naming the message as its source, found on {@code member_fact_source_idx}). Expired messages are
 * read oldest first on {@code message_chat_time_idx}, bounded above by the later of the age cutoff
 * and the chat's {@code keepNewest}-th newest message, so a batch reads little beyond what it
 * returns.
 */
public final class JooqExpiringMessages implements ExpiringMessages {

  private final DSLContext dsl;

  public JooqExpiringMessages(PostgresDatabase database) {
    this.dsl = database.dsl();
  }

  @Override
  public List<ChatId> chats() {
    return StoreErrors.guard("Listing the chats", () -> MessageQueries.chats(dsl));
  }

  @Override
  public List<ChatMessage> expired(ChatId chat, Instant sentBefore, int keepNewest, int limit) {
    requireRule(chat, sentBefore, keepNewest);
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative, was " + limit);
    }
    return limit == 0
        ? List.of()
        : StoreErrors.guard(
            "Reading the expired messages of " + chat,
            () ->
                expiredQuery(dsl, chat, sentBefore, keepNewest, limit)
                    .fetch(MessageRows::toMessage));
  }

  static ResultQuery<?> expiredQuery(
      DSLContext dsl, ChatId chat, Instant sentBefore, int keepNewest, int limit) {
    return dsl.selectFrom(MESSAGE)
        .where(expired(dsl, chat, sentBefore, keepNewest))
        .orderBy(MESSAGE.SENT_AT, MESSAGE.MESSAGE_ID)
        .limit(limit);
  }

  @Override
  public long countExpired(ChatId chat, Instant sentBefore, int keepNewest) {
    requireRule(chat, sentBefore, keepNewest);
    return StoreErrors.guard(
        "Counting the expired messages of " + chat,
        () -> dsl.fetchCount(MESSAGE, expired(dsl, chat, sentBefore, keepNewest)));
  }

  /**
   * Deletes the chat's messages with these ids, except any that became important meanwhile (pinned
   * or cited by a fact after they were read as expired).
   */
  @Override
  public int delete(ChatId chat, Collection<Long> messageIds) {
    Objects.requireNonNull(chat, "chat");
    Long[] ids = messageIds.toArray(Long[]::new);
    return ids.length == 0
        ? 0
        : StoreErrors.guard(
            "Deleting %d expired messages of %s".formatted(ids.length, chat),
            () ->
                dsl.deleteFrom(MESSAGE)
                    .where(MESSAGE.CHAT_ID.eq(chat.value()))
                    .and(MESSAGE.MESSAGE_ID.eq(DSL.any(ids)))
                    .and(unimportant())
                    .execute());
  }

  /** Unimportant, and sent before the cutoff or with at least {@code keepNewest} newer ones. */
  private static Condition expired(
      DSLContext dsl, ChatId chat, Instant sentBefore, int keepNewest) {
    // The newest message with keepNewest newer ones: it and every older one are beyond the bound.
    var beyondBound =
        DSL.select(MESSAGE.SENT_AT, MESSAGE.MESSAGE_ID)
            .from(MESSAGE)
            .where(MESSAGE.CHAT_ID.eq(chat.value()))
            .orderBy(MessageQueries.NEWEST_FIRST)
            .offset(keepNewest)
            .limit(1);
    Field<Instant> before = DSL.val(MessageRows.bound(sentBefore));
    Field<Instant> lastDue =
        DSL.greatest(
            before,
            DSL.field(
                DSL.select(MESSAGE.SENT_AT)
                    .from(MESSAGE)
                    .where(MESSAGE.CHAT_ID.eq(chat.value()))
                    .orderBy(MessageQueries.NEWEST_FIRST)
                    .offset(keepNewest)
                    .limit(1)));
    return MESSAGE
        .CHAT_ID
        .eq(chat.value())
        .and(MESSAGE.SENT_AT.le(lastDue))
        .and(
            MESSAGE
                .SENT_AT
                .lt(before)
                .or(DSL.row(MESSAGE.SENT_AT, MESSAGE.MESSAGE_ID).le(beyondBound)))
        .and(unimportant());
  }

  private static Condition unimportant() {
    return MESSAGE
        .IMPORTANT
        .isFalse()
        .andNotExists(
            DSL.selectOne()
                .from(MEMBER_FACT)
                .where(MEMBER_FACT.CHAT_ID.eq(MESSAGE.CHAT_ID))
                .and(MEMBER_FACT.SOURCE_MESSAGE_ID.eq(MESSAGE.MESSAGE_ID)));
  }

  private static void requireRule(ChatId chat, Instant sentBefore, int keepNewest) {
    Objects.requireNonNull(chat, "chat");
    Objects.requireNonNull(sentBefore, "sentBefore");
    if (keepNewest < 0) {
      throw new IllegalArgumentException("keepNewest must not be negative, was " + keepNewest);
    }
  }
}
