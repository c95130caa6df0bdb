package dev.gryag.core.context;

import dev.gryag.core.model.Author;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.TextEntity;
import dev.gryag.core.model.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/** One chat's messages in memory, ordered and indexed; every method holds the log's lock. */
final class ChatLog {

  private final long capacity;
  private final Map<Long, LogEntry> byId = new HashMap<>();
  private final NavigableMap<LogEntry.Key, LogEntry> timeline = new TreeMap<>();
  private final Map<Long, NavigableMap<LogEntry.Key, LogEntry>> topics = new HashMap<>();
  private final MessageSearch search = new MessageSearch();

  ChatLog(long capacity) {
    this.capacity = capacity;
  }

  synchronized boolean append(ChatMessage message) {
    if (byId.containsKey(message.messageId())) {
      return false;
    }
    LogEntry entry = new LogEntry(message);
    byId.put(message.messageId(), entry);
    timeline.put(entry.key, entry);
    if (message.threadId() != null) {
      topics.computeIfAbsent(message.threadId(), t -> new TreeMap<>()).put(entry.key, entry);
    }
    search.added(entry);
    if (byId.size() > capacity) {
      trim(capacity, byId.size());
    }
    return true;
  }

  synchronized boolean edit(long id, String text, List<TextEntity> entities, Instant editedAt) {
    LogEntry entry = byId.get(id);
    if (entry == null) {
      return false;
    }
    Instant previous = entry.message().editedAt();
    if (previous != null && editedAt.isBefore(previous)) {
      return false;
    }
    search.edited(entry, entry.edit(text, entities, editedAt));
    return true;
  }

  synchronized Optional<ChatMessage> find(long id) {
    LogEntry entry = byId.get(id);
    return entry == null ? Optional.empty() : Optional.of(entry.message());
  }

  /** The newest messages of the whole chat, or of one topic (null: outside topics). */
  synchronized List<ChatMessage> recent(Long threadId, boolean wholeChat, int limit) {
    NavigableMap<LogEntry.Key, LogEntry> source =
        wholeChat || threadId == null ? timeline : topics.getOrDefault(threadId, new TreeMap<>());
    Predicate<LogEntry> wanted =
        wholeChat || threadId != null ? e -> true : e -> e.message().threadId() == null;
    List<ChatMessage> newestFirst = new ArrayList<>(Math.min(limit, 64));
    Iterator<LogEntry> entries = source.descendingMap().values().iterator();
    while (newestFirst.size() < limit && entries.hasNext()) {
      LogEntry entry = entries.next();
      if (wanted.test(entry)) {
        newestFirst.add(entry.message());
      }
    }
    return List.copyOf(newestFirst.reversed());
  }

  synchronized List<ChatMessage> replyChain(ChatMessage message, int maxDepth) {
    List<ChatMessage> chain = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    seen.add(message.messageId());
    Long parentId = message.replyToMessageId();
    while (chain.size() < maxDepth && parentId != null && seen.add(parentId)) {
      LogEntry parent = byId.get(parentId);
      if (parent == null) {
        break;
      }
      chain.add(parent.message());
      parentId = parent.message().replyToMessageId();
    }
    return List.copyOf(chain);
  }

  synchronized List<ChatMessage> neighbours(ChatMessage message, int each) {
    LogEntry.Key key = new LogEntry.Key(message.sentAt(), message.messageId());
    List<ChatMessage> around = new ArrayList<>(2 * each);
    timeline.headMap(key, false).descendingMap().values().stream()
        .limit(each)
        .forEach(entry -> around.addFirst(entry.message()));
    timeline.tailMap(key, false).values().stream()
        .limit(each)
        .forEach(entry -> around.add(entry.message()));
    return List.copyOf(around);
  }

  synchronized List<ChatMessage> search(Set<String> terms, Instant before, int limit) {
    return search.search(terms, before, limit);
  }

  synchronized long count() {
    return byId.size();
  }

  synchronized List<AuthorActivity> topAuthors(Instant since, int limit) {
    Map<UserId, Author> names = new HashMap<>();
    Map<UserId, Long> counts = new HashMap<>();
    for (LogEntry entry : timeline.tailMap(LogEntry.Key.before(since), true).values()) {
      Author author = entry.message().author();
      names.put(author.id(), author);
      counts.merge(author.id(), 1L, Long::sum);
    }
    return counts.entrySet().stream()
        .sorted(
            Map.Entry.<UserId, Long>comparingByValue()
                .reversed()
                .thenComparing(e -> e.getKey().value()))
        .limit(limit)
        .map(e -> new AuthorActivity(names.get(e.getKey()), e.getValue()))
        .toList();
  }

  synchronized long eraseAuthor(UserId author) {
    return removeWhere(timeline, e -> e.message().author().id().equals(author), Long.MAX_VALUE);
  }

  synchronized boolean markImportant(long id, boolean important) {
    LogEntry entry = byId.get(id);
    if (entry == null) {
      return false;
    }
    entry.important = important;
    return true;
  }

  synchronized boolean isImportant(long id) {
    LogEntry entry = byId.get(id);
    return entry != null && entry.important;
  }

  synchronized long countBefore(Instant cutoff) {
    return olderThan(cutoff).values().stream().filter(e -> !e.important).count();
  }

  synchronized int deleteBefore(Instant cutoff, int limit) {
    return (int) removeWhere(olderThan(cutoff), e -> !e.important, limit);
  }

  synchronized int trim(long keep, int limit) {
    long excess = byId.size() - keep;
    return excess <= 0
        ? 0
        : (int) removeWhere(timeline, e -> !e.important, Math.min(excess, limit));
  }

  /** What the log holds, oldest first, each message with its important mark. */
  synchronized List<Taken> all() {
    List<Taken> all = new ArrayList<>(timeline.size());
    for (LogEntry entry : timeline.values()) {
      all.add(new Taken(entry.message(), entry.important));
    }
    return all;
  }

  /** Empties the log. */
  synchronized void clear() {
    timeline.values().forEach(entry -> entry.removed = true);
    byId.clear();
    timeline.clear();
    topics.clear();
    search.rebuild(List.of());
  }

  /**
   * Appends messages taken from another log (a migrated chat), keeping their important marks, and
   * re-indexes the search oldest first so that the search's newest-first walk stays true.
   *
   * @return how many were new here
   */
  synchronized long absorb(List<Taken> messages) {
    long added = 0;
    for (Taken taken : messages) {
      if (append(taken.message())) {
        added++;
        if (taken.important()) {
          markImportant(taken.message().messageId(), true);
        }
      }
    }
    search.rebuild(timeline.values());
    return added;
  }

  /** A message taken out of a log, with its important mark. */
  record Taken(ChatMessage message, boolean important) {}

  private NavigableMap<LogEntry.Key, LogEntry> olderThan(Instant cutoff) {
    return timeline.headMap(LogEntry.Key.before(cutoff), false);
  }

  /**
   * Removes the oldest entries of {@code range} that {@code which} selects, at most {@code max}.
   */
  private long removeWhere(
      NavigableMap<LogEntry.Key, LogEntry> range, Predicate<LogEntry> which, long max) {
    List<LogEntry> doomed = new ArrayList<>();
    for (Iterator<LogEntry> it = range.values().iterator(); doomed.size() < max && it.hasNext(); ) {
      LogEntry entry = it.next();
      if (which.test(entry)) {
        doomed.add(entry);
      }
    }
    for (LogEntry entry : doomed) {
      entry.removed = true;
      byId.remove(entry.key.id());
      timeline.remove(entry.key);
      Long threadId = entry.message().threadId();
      if (threadId != null) {
        NavigableMap<LogEntry.Key, LogEntry> topic = topics.get(threadId);
        topic.remove(entry.key);
        if (topic.isEmpty()) {
          topics.remove(threadId);
        }
      }
    }
    search.removed(doomed.size(), timeline.values());
    return doomed.size();
  }
}
