package dev.gryag.adapter.persistence;

import static dev.gryag.adapter.persistence.jooq.Tables.MESSAGE;

import dev.gryag.core.context.AuthorActivity;
import dev.gryag.core.context.MessageStore;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.ChatMigration;
import dev.gryag.core.model.MessageRef;
import dev.gryag.core.model.TextEntity;
import dev.gryag.core.model.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.ResultQuery;

/**
 * {@link MessageStore} on PostgreSQL (table {@code message}): every write one statement, durable on
 * return; bulk appends through {@code COPY}; each query served by an index; cleanup in bounded
 * statements. Search matches words by stem in Ukrainian, Russian and English (see {@code
 * docs/persistence.md}).
 */
public final class JooqMessageStore implements MessageStore {

  private final DSLContext dsl;
  private final MessageImport imports;

  public JooqMessageStore(PostgresDatabase database) {
    this.dsl = database.dsl();
    this.imports = new MessageImport(database.dataSource());
  }

  @Override
  public boolean append(ChatMessage message) {
    Objects.requireNonNull(message, "message");
    return StoreErrors.guard(
        "Appending message " + message.ref(), () -> MessageWrites.append(dsl, message));
  }

  @Override
  public int appendAll(List<ChatMessage> messages) {
    List<ChatMessage> copy = List.copyOf(messages);
    return copy.isEmpty() ? 0 : imports.append(copy);
  }

  @Override
  public boolean edit(MessageRef ref, String text, List<TextEntity> entities, Instant editedAt) {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(editedAt, "editedAt");
    List<TextEntity> copied = entities == null ? List.of() : List.copyOf(entities);
    return StoreErrors.guard(
        "Editing message " + ref, () -> MessageWrites.edit(dsl, ref, text, copied, editedAt));
  }

  @Override
  public Optional<ChatMessage> find(MessageRef ref) {
    Objects.requireNonNull(ref, "ref");
    return StoreErrors.guard("Reading message " + ref, () -> MessageQueries.find(dsl, ref));
  }

  @Override
  public List<ChatMessage> recent(ChatId chat, int limit) {
    requireChat(chat);
    requireLimit(limit);
    return limit == 0
        ? List.of()
        : StoreErrors.guard(
            "Reading the recent messages of " + chat,
            () -> MessageQueries.recentWindow(dsl, chat, limit));
  }

  @Override
  public List<ChatMessage> recentInThread(ChatId chat, Long threadId, int limit) {
    requireChat(chat);
    requireLimit(limit);
    return limit == 0
        ? List.of()
        : StoreErrors.guard(
            "Reading the recent messages of topic " + threadId + " in " + chat,
            () -> MessageQueries.threadWindow(dsl, chat, threadId, limit));
  }

  @Override
  public List<ChatMessage> replyChain(ChatMessage message, int maxDepth) {
    Objects.requireNonNull(message, "message");
    requireLimit(maxDepth);
    return StoreErrors.guard(
        "Reading the reply chain of " + message.ref(),
        () -> ReplyChains.replyChain(dsl, message, maxDepth));
  }

  @Override
  public List<ChatMessage> neighbours(ChatMessage message, int each) {
    Objects.requireNonNull(message, "message");
    requireLimit(each);
    return each == 0
        ? List.of()
        : StoreErrors.guard(
            "Reading the neighbours of " + message.ref(),
            () -> MessageQueries.neighbours(dsl, message, each));
  }

  @Override
  public List<ChatMessage> search(ChatId chat, String query, Instant before, int limit) {
    requireChat(chat);
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(before, "before");
    requireLimit(limit);
    return StoreErrors.guard(
        "Searching the messages of " + chat,
        () -> MessageTextSearch.search(dsl, chat, query, before, limit));
  }

  @Override
  public long count(ChatId chat) {
    requireChat(chat);
    return StoreErrors.guard(
        "Counting the messages of " + chat, () -> MessageQueries.count(dsl, chat));
  }

  @Override
  public List<AuthorActivity> topAuthors(ChatId chat, Instant since, int limit) {
    requireChat(chat);
    Objects.requireNonNull(since, "since");
    requireLimit(limit);
    return limit == 0
        ? List.of()
        : StoreErrors.guard(
            "Counting the authors of " + chat,
            () -> MessageQueries.topAuthors(dsl, chat, since, limit));
  }

  @Override
  public List<ChatId> chats() {
    return StoreErrors.guard("Listing the chats", () -> MessageQueries.chats(dsl));
  }

  @Override
  public long eraseAuthor(ChatId chat, UserId author) {
    requireChat(chat);
    Objects.requireNonNull(author, "author");
    return StoreErrors.guard(
        "Erasing the messages of " + author + " in " + chat,
        () -> MessageCleanup.eraseAuthor(dsl, chat, author));
  }

  @Override
  public boolean markImportant(MessageRef ref, boolean important) {
    Objects.requireNonNull(ref, "ref");
    return StoreErrors.guard(
        "Marking message " + ref, () -> MessageWrites.markImportant(dsl, ref, important));
  }

  @Override
  public boolean isImportant(MessageRef ref) {
    Objects.requireNonNull(ref, "ref");
    return StoreErrors.guard(
        "Reading the mark of message " + ref, () -> MessageQueries.isImportant(dsl, ref));
  }

  @Override
  public long countBefore(ChatId chat, Instant cutoff) {
    Objects.requireNonNull(cutoff, "cutoff");
    return StoreErrors.guard(
        "Counting messages before " + cutoff, () -> MessageCleanup.countBefore(dsl, chat, cutoff));
  }

  @Override
  public int deleteBefore(ChatId chat, Instant cutoff, int limit) {
    Objects.requireNonNull(cutoff, "cutoff");
    requireLimit(limit);
    return limit == 0
        ? 0
        : StoreErrors.guard(
            "Deleting messages before " + cutoff,
            () -> MessageCleanup.deleteBefore(dsl, chat, cutoff, limit));
  }

  @Override
  public int trim(ChatId chat, long keep, int limit) {
    requireChat(chat);
    if (keep < 0) {
      throw new IllegalArgumentException("keep must not be negative, was " + keep);
    }
    requireLimit(limit);
    return limit == 0
        ? 0
        : StoreErrors.guard(
            "Trimming the messages of " + chat, () -> MessageCleanup.trim(dsl, chat, keep, limit));
  }

  /**
   * {@inheritDoc}
   *
   * <p>One statement (see {@link ChatMoves}): deletes the old chat's rows on the primary key and
   * inserts them under the new chat; {@code ON CONFLICT DO NOTHING} keeps a copy moved before. The
   * search vector is computed again for the moved rows, which is most of the statement's work.
   */
  @Override
  public long move(ChatMigration migration) {
    Objects.requireNonNull(migration, "migration");
    return StoreErrors.guard(
        "Moving the messages of " + migration,
        () -> moveQuery(dsl, migration).fetchSingle().value1());
  }

  /** The statement of {@link #move}; its plan is tested. */
  static ResultQuery<Record1<Integer>> moveQuery(DSLContext dsl, ChatMigration migration) {
    return ChatMoves.moveQuery(
        dsl,
        MESSAGE,
        MESSAGE.CHAT_ID,
        Set.of(MESSAGE.MESSAGE_ID, MESSAGE.REPLY_TO, MESSAGE.THREAD_ID),
        migration,
        insert -> insert.onConflictDoNothing());
  }

  private static void requireChat(ChatId chat) {
    Objects.requireNonNull(chat, "chat");
  }

  private static void requireLimit(int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative, was " + limit);
    }
  }
}
