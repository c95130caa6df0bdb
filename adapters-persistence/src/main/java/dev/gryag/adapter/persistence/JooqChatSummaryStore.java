package dev.gryag.adapter.persistence;

import static dev.gryag.adapter.persistence.jooq.Tables.CHAT_SUMMARY;

import dev.gryag.adapter.persistence.jooq.tables.records.ChatSummaryRecord;
import dev.gryag.core.StoreException;
import dev.gryag.core.cleanup.ChatSummaryStore;
import dev.gryag.core.context.ChatSummary;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatMigration;
import dev.gryag.core.model.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Row2;
import org.jooq.impl.DSL;

/**
 * {@link ChatSummaryStore} on PostgreSQL (table {@code chat_summary}, one row per chat and covered
 * message range): a save is one upsert; a chat's newest summaries come from {@code
 * chat_summary_recent_idx}, retention deletes the oldest in bounded statements on {@code
 * chat_summary_cleanup_idx}.
 */
public final class JooqChatSummaryStore implements ChatSummaryStore {

  /** Summaries deleted by key in one statement. */
  private static final int DELETE_CHUNK = 1000;

  private final DSLContext dsl;

  public JooqChatSummaryStore(PostgresDatabase database) {
    this.dsl = database.dsl();
  }

  @Override
  public void save(ChatSummary summary) {
    Objects.requireNonNull(summary, "summary");
    ChatSummaryRecord row = new ChatSummaryRecord();
    row.setChatId(summary.chat().value());
    row.setFirstMessageId(summary.firstMessageId());
    row.setLastMessageId(summary.lastMessageId());
    row.setPeriodFrom(MessageRows.micros(summary.from()));
    row.setPeriodTo(MessageRows.micros(summary.to()));
    row.setMessages(summary.messages());
    row.setText(MessageRows.storable(summary.text()));
    row.setProvider(MessageRows.storable(summary.provider()));
    row.setCreatedAt(MessageRows.micros(summary.createdAt()));
    row.setAuthors(summary.authors().stream().map(UserId::value).sorted().toArray(Long[]::new));
    StoreErrors.guard(
        "Saving the summary of messages %d..%d of %s"
            .formatted(summary.firstMessageId(), summary.lastMessageId(), summary.chat()),
        () ->
            dsl.insertInto(CHAT_SUMMARY)
                .set(row)
                .onConflict(
                    CHAT_SUMMARY.CHAT_ID,
                    CHAT_SUMMARY.FIRST_MESSAGE_ID,
                    CHAT_SUMMARY.LAST_MESSAGE_ID)
                .doUpdate()
                .set(row)
                .execute());
  }

  @Override
  public List<ChatSummary> recent(ChatId chat, int limit) {
    Objects.requireNonNull(chat, "chat");
    Retention.requirePositiveLimit(limit);
    return StoreErrors.guard(
        "Reading the summaries of " + chat,
        () ->
            dsl.selectFrom(CHAT_SUMMARY)
                .where(CHAT_SUMMARY.CHAT_ID.eq(chat.value()))
                .orderBy(CHAT_SUMMARY.PERIOD_TO.desc(), CHAT_SUMMARY.LAST_MESSAGE_ID.desc())
                .limit(limit)
                .fetch(JooqChatSummaryStore::toSummary));
  }

  @Override
  public List<ChatId> chats() {
    return StoreErrors.guard(
        "Listing the chats with summaries",
        () ->
            dsl.selectDistinct(CHAT_SUMMARY.CHAT_ID)
                .from(CHAT_SUMMARY)
                .orderBy(CHAT_SUMMARY.CHAT_ID)
                .fetch(row -> ChatId.of(row.value1())));
  }

  /**
   * {@inheritDoc}
   *
   * <p>Reads the chat's summaries (a range of {@code chat_summary_pk}), then deletes the ones that
   * met the condition by their keys, {@value #DELETE_CHUNK} to a statement.
   */
  @Override
  public int deleteIf(ChatId chat, Predicate<? super ChatSummary> condition) {
    Objects.requireNonNull(chat, "chat");
    Objects.requireNonNull(condition, "condition");
    return StoreErrors.guard(
        "Deleting summaries of " + chat,
        () -> {
          List<Row2<Long, Long>> gone = new ArrayList<>();
          for (ChatSummaryRecord row :
              dsl.selectFrom(CHAT_SUMMARY).where(CHAT_SUMMARY.CHAT_ID.eq(chat.value())).fetch()) {
            if (condition.test(toSummary(row))) {
              gone.add(DSL.row(row.getFirstMessageId(), row.getLastMessageId()));
            }
          }
          int deleted = 0;
          for (int i = 0; i < gone.size(); i += DELETE_CHUNK) {
            deleted +=
                dsl.deleteFrom(CHAT_SUMMARY)
                    .where(
                        CHAT_SUMMARY.CHAT_ID.eq(chat.value()),
                        DSL.row(CHAT_SUMMARY.FIRST_MESSAGE_ID, CHAT_SUMMARY.LAST_MESSAGE_ID)
                            .in(gone.subList(i, Math.min(gone.size(), i + DELETE_CHUNK))))
                    .execute();
          }
          return deleted;
        });
  }

  @Override
  public long countEndedBefore(Instant cutoff) {
    Objects.requireNonNull(cutoff, "cutoff");
    return StoreErrors.guard(
        "Counting summaries ended before " + cutoff,
        () -> dsl.fetchCount(CHAT_SUMMARY, CHAT_SUMMARY.PERIOD_TO.lt(MessageRows.bound(cutoff))));
  }

  @Override
  public int deleteEndedBefore(Instant cutoff, int limit) {
    Objects.requireNonNull(cutoff, "cutoff");
    Retention.requirePositiveLimit(limit);
    return StoreErrors.guard(
        "Deleting summaries ended before " + cutoff,
        () ->
            Retention.deleteOldest(
                dsl,
                CHAT_SUMMARY,
                CHAT_SUMMARY.PERIOD_TO.lt(MessageRows.bound(cutoff)),
                CHAT_SUMMARY.PERIOD_TO,
                limit));
  }

  /**
   * {@inheritDoc}
   *
   * <p>One statement (see {@link ChatMoves}); {@code ON CONFLICT DO NOTHING} keeps a copy moved
   * before.
   */
  @Override
  public int move(ChatMigration migration) {
    Objects.requireNonNull(migration, "migration");
    return StoreErrors.guard(
        "Moving the summaries of " + migration,
        () ->
            ChatMoves.move(
                dsl,
                CHAT_SUMMARY,
                CHAT_SUMMARY.CHAT_ID,
                Set.of(CHAT_SUMMARY.FIRST_MESSAGE_ID, CHAT_SUMMARY.LAST_MESSAGE_ID),
                migration,
                insert -> insert.onConflictDoNothing()));
  }

  private static ChatSummary toSummary(ChatSummaryRecord row) {
    try {
      return new ChatSummary(
          ChatId.of(row.getChatId()),
          row.getFirstMessageId(),
          row.getLastMessageId(),
          row.getPeriodFrom(),
          row.getPeriodTo(),
          row.getMessages(),
          row.getText(),
          row.getProvider(),
          row.getCreatedAt(),
          Arrays.stream(row.getAuthors()).map(UserId::of).collect(Collectors.toSet()));
    } catch (IllegalArgumentException e) {
      throw new StoreException(
          "The stored summary of messages %d..%d of chat %d is unreadable: %s"
              .formatted(
                  row.getFirstMessageId(), row.getLastMessageId(), row.getChatId(), e.getMessage()),
          e);
    }
  }
}
