package dev.gryag.core.cleanup;

import dev.gryag.core.context.ChatSummary;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatMigration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/** A {@link ChatSummaryStore} in a concurrent hash map: thread-safe, nothing survives the JVM. */
public final class InMemoryChatSummaryStore implements ChatSummaryStore {

  private record Key(ChatId chat, long first, long last) {}

  private static final Comparator<ChatSummary> OLDEST_FIRST =
      Comparator.comparing(ChatSummary::to)
          .thenComparing(s -> s.chat().value())
          .thenComparingLong(ChatSummary::firstMessageId);

  private final ConcurrentHashMap<Key, ChatSummary> summaries = new ConcurrentHashMap<>();

  @Override
  public void save(ChatSummary summary) {
    Objects.requireNonNull(summary, "summary");
    summaries.put(
        new Key(summary.chat(), summary.firstMessageId(), summary.lastMessageId()), summary);
  }

  @Override
  public List<ChatSummary> recent(ChatId chat, int limit) {
    Objects.requireNonNull(chat, "chat");
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be positive, was " + limit);
    }
    return summaries.values().stream()
        .filter(s -> s.chat().equals(chat))
        .sorted(OLDEST_FIRST.reversed())
        .limit(limit)
        .toList();
  }

  @Override
  public List<ChatId> chats() {
    return summaries.keySet().stream()
        .map(Key::chat)
        .distinct()
        .sorted(Comparator.comparingLong(ChatId::value))
        .toList();
  }

  @Override
  public int deleteIf(ChatId chat, Predicate<? super ChatSummary> condition) {
    Objects.requireNonNull(chat, "chat");
    Objects.requireNonNull(condition, "condition");
    int deleted = 0;
    for (var entry : List.copyOf(summaries.entrySet())) {
      if (entry.getKey().chat().equals(chat)
          && condition.test(entry.getValue())
          && summaries.remove(entry.getKey(), entry.getValue())) {
        deleted++;
      }
    }
    return deleted;
  }

  @Override
  public int move(ChatMigration migration) {
    Objects.requireNonNull(migration, "migration");
    int moved = 0;
    for (Key key : List.copyOf(summaries.keySet())) {
      ChatSummary old = key.chat().equals(migration.from()) ? summaries.get(key) : null;
      if (old == null) {
        continue;
      }
      ChatSummary arriving =
          new ChatSummary(
              migration.to(),
              migration.movedMessageId(old.firstMessageId()),
              migration.movedMessageId(old.lastMessageId()),
              old.from(),
              old.to(),
              old.messages(),
              old.text(),
              old.provider(),
              old.createdAt(),
              old.authors());
      if (summaries.remove(key, old)) {
        summaries.putIfAbsent(
            new Key(arriving.chat(), arriving.firstMessageId(), arriving.lastMessageId()),
            arriving);
        moved++;
      }
    }
    return moved;
  }

  @Override
  public long countEndedBefore(Instant cutoff) {
    Objects.requireNonNull(cutoff, "cutoff");
    return summaries.values().stream().filter(s -> s.to().isBefore(cutoff)).count();
  }

  @Override
  public int deleteEndedBefore(Instant cutoff, int limit) {
    Objects.requireNonNull(cutoff, "cutoff");
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be positive, was " + limit);
    }
    List<ChatSummary> oldest =
        summaries.values().stream()
            .filter(s -> s.to().isBefore(cutoff))
            .sorted(OLDEST_FIRST)
            .limit(limit)
            .toList();
    int deleted = 0;
    for (ChatSummary summary : oldest) {
      Key key = new Key(summary.chat(), summary.firstMessageId(), summary.lastMessageId());
      deleted += summaries.remove(key, summary) ? 1 : 0;
    }
    return deleted;
  }
}
