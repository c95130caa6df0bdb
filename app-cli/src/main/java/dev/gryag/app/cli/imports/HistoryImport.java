package dev.gryag.app.cli.imports;

import dev.gryag.core.analytics.ChatHeader;
import dev.gryag.core.analytics.HistoryEntry;
import dev.gryag.core.analytics.HistoryMessage;
import dev.gryag.core.analytics.HistorySink;
import dev.gryag.core.analytics.ServiceEvent;
import dev.gryag.core.analyzer.TextAnalyzer;
import dev.gryag.core.context.MessageStore;
import dev.gryag.core.conversation.CursorStore;
import dev.gryag.core.forgetting.Tombstone;
import dev.gryag.core.forgetting.Tombstones;
import dev.gryag.core.model.Author;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.UserId;
import dev.gryag.core.personalization.PersonalizationService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Loads an export's messages into the store in batches and folds the new ones into their authors'
 * profiles. A cursor per chat ({@code import:<chat id>}) records how many of the chat's entries are
 * done, so a re-run skips them (nothing is stored or folded twice) and an interrupted run resumes.
 * What a forgotten member wrote up to their tombstone, and whatever a member who opted out wrote,
 * is left out and counted.
 */
final class HistoryImport implements HistorySink {

  /** Thrown through the reader to stop at {@code --limit}; the counts say {@code stopped}. */
  static final class LimitReached extends RuntimeException {
    LimitReached() {
      super("import limit reached", null, false, false);
    }
  }

  private final MessageStore messages;
  private final CursorStore cursors;
  private final PersonalizationService people;
  private final Tombstones tombstones;
  private final TextAnalyzer analyzer;
  private final int batchSize;
  private final long limit;
  private final Runnable onMessage;
  private final Runnable afterBatch;
  private final List<ChatMessage> batch = new ArrayList<>();
  private final Set<MemberInChat> members = new LinkedHashSet<>();

  private ChatId chat;
  private String stream;
  private long done;
  private long ordinal;
  private boolean fresh;
  private IdSet seen;
  private Map<UserId, Tombstone> forgotten = Map.of();
  private final Map<UserId, Boolean> optedOut = new HashMap<>();
  private long read, added, present, service, repeated, noId, noAuthor, ofForgotten, skippedChats;

  HistoryImport(
      MessageStore messages,
      CursorStore cursors,
      PersonalizationService people,
      Tombstones tombstones,
      TextAnalyzer analyzer,
      int batchSize,
      long limit,
      Runnable onMessage,
      Runnable afterBatch) {
    this.messages = Objects.requireNonNull(messages, "messages");
    this.cursors = Objects.requireNonNull(cursors, "cursors");
    this.people = Objects.requireNonNull(people, "people");
    this.tombstones = Objects.requireNonNull(tombstones, "tombstones");
    this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be positive, was " + batchSize);
    }
    this.batchSize = batchSize;
    this.limit = limit;
    this.onMessage = Objects.requireNonNull(onMessage, "onMessage");
    this.afterBatch = Objects.requireNonNull(afterBatch, "afterBatch");
  }

  /** The cursor stream of a chat's import. */
  static String stream(ChatId chat) {
    return "import:" + chat.value();
  }

  @Override
  public void beginChat(ChatHeader header) {
    flush();
    Optional<ChatId> id = ExportMapping.chatId(header);
    chat = id.orElse(null);
    ordinal = 0;
    seen = new IdSet();
    optedOut.clear();
    if (chat == null) {
      skippedChats++;
      return;
    }
    forgotten = tombstones.forgottenIn(chat);
    stream = stream(chat);
    done = cursors.position(stream);
    fresh = done == 0 && messages.count(chat) == 0;
  }

  @Override
  public void accept(HistoryEntry entry) {
    if (chat == null) {
      return;
    }
    ordinal++;
    if (entry instanceof ServiceEvent) {
      service++;
      return;
    }
    HistoryMessage message = (HistoryMessage) entry;
    read++;
    onMessage.run();
    Optional<ChatMessage> stored = storable(message);
    if (stored.isEmpty()) {
      return;
    }
    if (ordinal <= done) {
      present++;
      return;
    }
    batch.add(stored.get());
    if (batch.size() >= batchSize) {
      flush();
    }
  }

  private Optional<ChatMessage> storable(HistoryMessage message) {
    if (message.id() <= 0) {
      noId++;
      return Optional.empty();
    }
    if (!seen.add(message.id())) {
      repeated++;
      return Optional.empty();
    }
    Optional<Author> author = ExportMapping.author(message.sender());
    if (author.isEmpty()) {
      noAuthor++;
      return Optional.empty();
    }
    ChatMessage stored = ExportMapping.message(chat, message, author.get());
    if (keptOut(stored)) {
      ofForgotten++;
      return Optional.empty();
    }
    return Optional.of(stored);
  }

  /** True when the author was forgotten as of the message's time, or opted out. */
  private boolean keptOut(ChatMessage message) {
    UserId author = message.author().id();
    Tombstone tombstone = forgotten.get(author);
    if (tombstone != null && tombstone.buries(chat, message.sentAt())) {
      return true;
    }
    return optedOut.computeIfAbsent(author, member -> people.optedOut(chat, member));
  }

  /** Stores and folds the pending batch, then records the chat's entries as done. */
  void flush() {
    if (chat == null || ordinal <= done) {
      return;
    }
    List<ChatMessage> fresher = newOnes();
    for (ChatMessage message : fresher) {
      people.observe(message, analyzer.analyze(message.text()));
      members.add(new MemberInChat(chat, message.author().id()));
    }
    batch.clear();
    afterBatch.run();
    cursors.advance(stream, ordinal);
    done = ordinal;
    if (limit > 0 && added >= limit) {
      throw new LimitReached();
    }
  }

  private List<ChatMessage> newOnes() {
    if (batch.isEmpty()) {
      return List.of();
    }
    if (fresh) {
      int stored = messages.appendAll(batch);
      added += stored;
      present += batch.size() - stored;
      if (stored == batch.size()) {
        return List.copyOf(batch);
      }
      // Someone else wrote to the chat meanwhile: check each message from now on.
      fresh = false;
      return List.copyOf(batch);
    }
    List<ChatMessage> absent = new ArrayList<>();
    for (ChatMessage message : batch) {
      if (messages.find(message.ref()).isEmpty()) {
        absent.add(message);
      }
    }
    int stored = absent.isEmpty() ? 0 : messages.appendAll(absent);
    added += stored;
    present += batch.size() - stored;
    return absent;
  }

  /** The counts so far; {@code stopped} when the run ended at the limit. */
  ImportCounts counts(boolean stopped) {
    long facts = 0;
    for (MemberInChat member : members) {
      facts += people.facts(member.chat(), member.user()).size();
    }
    return new ImportCounts(
        read,
        added,
        present,
        service,
        repeated,
        noId,
        noAuthor,
        ofForgotten,
        members.size(),
        facts,
        skippedChats,
        stopped);
  }

  private record MemberInChat(ChatId chat, UserId user) {}
}
