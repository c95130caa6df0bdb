package dev.gryag.core.context;

import dev.gryag.core.model.Author;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.TextEntity;
import dev.gryag.core.model.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/** One chat's messages in memory, ordered and indexed; every method holds the log's lock. */
final class ChatLog {

  /** How many postings one search visits at most, over all its terms. */
  private static final int SEARCH_BUDGET = 1536;

  private static final int REBUILD_FLOOR = 1024;

  private final long capacity;
  private final Map<Long, Entry> byId = new HashMap<>();
  private final NavigableMap<Key, Entry> timeline = new TreeMap<>();
  private final Map<Long, NavigableMap<Key, Entry>> topics = new HashMap<>();
  private final TermIndex<Entry> index = new TermIndex<>();
  private long removedSinceRebuild;
  private int searches;

  ChatLog(long capacity) {
    this.capacity = capacity;
  }

  synchronized boolean append(ChatMessage message) {
    if (byId.containsKey(message.messageId())) {
      return false;
    }
    Entry entry = new Entry(message);
    byId.put(message.messageId(), entry);
    timeline.put(entry.key, entry);
    if (message.threadId() != null) {
      topics.computeIfAbsent(message.threadId(), t -> new TreeMap<>()).put(entry.key, entry);
    }
    index.add(entry, SearchTerms.of(message.text()));
    if (byId.size() > capacity) {
      trim(capacity, byId.size());
    }
    return true;
  }

  synchronized boolean edit(long id, String text, List<TextEntity> entities, Instant editedAt) {
    Entry entry = byId.get(id);
    if (entry == null) {
      return false;
    }
    Instant previous = entry.message.editedAt();
    if (previous != null && editedAt.isBefore(previous)) {
      return false;
    }
    Set<String> added = SearchTerms.of(text);
    added.removeAll(SearchTerms.of(entry.message.text()));
    entry.message = entry.message.withText(text, entities).editedAt(editedAt);
    entry.terms = null;
    entry.edited = true;
    index.add(entry, added);
    return true;
  }

  synchronized Optional<ChatMessage> find(long id) {
    Entry entry = byId.get(id);
    return entry == null ? Optional.empty() : Optional.of(entry.message);
  }

  synchronized List<ChatMessage> recent(Long threadId, boolean wholeChat, int limit) {
    NavigableMap<Key, Entry> source =
        wholeChat || threadId == null ? timeline : topics.getOrDefault(threadId, new TreeMap<>());
    Predicate<Entry> wanted =
        wholeChat || threadId != null ? e -> true : e -> e.message.threadId() == null;
    List<ChatMessage> newestFirst = new ArrayList<>(Math.min(limit, 64));
    Iterator<Entry> entries = source.descendingMap().values().iterator();
    while (newestFirst.size() < limit && entries.hasNext()) {
      Entry entry = entries.next();
      if (wanted.test(entry)) {
        newestFirst.add(entry.message);
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
      Entry parent = byId.get(parentId);
      if (parent == null) {
        break;
      }
      chain.add(parent.message);
      parentId = parent.message.replyToMessageId();
    }
    return List.copyOf(chain);
  }

  /**
   * Ranks messages by how many of {@code terms} they hold. Rare terms are looked up first, and all
   * terms together visit at most {@value #SEARCH_BUDGET} postings, newest first: common words cost
   * little and rare ones carry the match.
   */
  synchronized List<ChatMessage> search(Set<String> terms, Instant before, int limit) {
    List<String> rarestFirst = new ArrayList<>(terms);
    rarestFirst.sort(Comparator.comparingInt(index::postings));
    int round = ++searches;
    List<Entry> candidates = new ArrayList<>();
    int budget = SEARCH_BUDGET;
    for (int i = 0; i < rarestFirst.size(); i++) {
      String term = rarestFirst.get(i);
      int visits = Math.min(budget / (rarestFirst.size() - i), index.postings(term));
      budget -= visits;
      int number = i + 1;
      index.visit(
          term,
          visits,
          entry -> {
            if (!entry.removed && entry.key.sentAt.isBefore(before) && entry.holds(term)) {
              if (entry.count(round, number)) {
                candidates.add(entry);
              }
            }
            return true;
          });
    }
    return best(candidates, limit);
  }

  private static List<ChatMessage> best(List<Entry> candidates, int limit) {
    PriorityQueue<Entry> top = new PriorityQueue<>(limit + 1, Entry.BEST_MATCH_FIRST.reversed());
    for (Entry candidate : candidates) {
      top.add(candidate);
      if (top.size() > limit) {
        top.poll();
      }
    }
    List<Entry> ranked = new ArrayList<>(top);
    ranked.sort(Entry.BEST_MATCH_FIRST);
    return ranked.stream().map(entry -> entry.message).toList();
  }

  synchronized long count() {
    return byId.size();
  }

  synchronized List<AuthorActivity> topAuthors(Instant since, int limit) {
    Map<UserId, Author> names = new HashMap<>();
    Map<UserId, Long> counts = new HashMap<>();
    for (Entry entry : timeline.tailMap(new Key(since, Long.MIN_VALUE), true).values()) {
      Author author = entry.message.author();
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
    return removeWhere(timeline, e -> e.message.author().id().equals(author), Long.MAX_VALUE);
  }

  synchronized boolean markImportant(long id, boolean important) {
    Entry entry = byId.get(id);
    if (entry == null) {
      return false;
    }
    entry.important = important;
    return true;
  }

  synchronized boolean isImportant(long id) {
    Entry entry = byId.get(id);
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

  private NavigableMap<Key, Entry> olderThan(Instant cutoff) {
    return timeline.headMap(new Key(cutoff, Long.MIN_VALUE), false);
  }

  /**
   * Removes the oldest entries of {@code range} that {@code which} selects, at most {@code max}.
   */
  private long removeWhere(NavigableMap<Key, Entry> range, Predicate<Entry> which, long max) {
    List<Entry> doomed = new ArrayList<>();
    for (Iterator<Entry> it = range.values().iterator(); doomed.size() < max && it.hasNext(); ) {
      Entry entry = it.next();
      if (which.test(entry)) {
        doomed.add(entry);
      }
    }
    for (Entry entry : doomed) {
      entry.removed = true;
      byId.remove(entry.key.id);
      timeline.remove(entry.key);
      Long threadId = entry.message.threadId();
      if (threadId != null) {
        NavigableMap<Key, Entry> topic = topics.get(threadId);
        topic.remove(entry.key);
        if (topic.isEmpty()) {
          topics.remove(threadId);
        }
      }
    }
    removedSinceRebuild += doomed.size();
    rebuildIndexIfMostlyDead();
    return doomed.size();
  }

  private void rebuildIndexIfMostlyDead() {
    if (removedSinceRebuild < REBUILD_FLOOR || removedSinceRebuild < byId.size()) {
      return;
    }
    index.clear();
    for (Entry entry : timeline.values()) {
      index.add(entry, SearchTerms.of(entry.message.text()));
      entry.edited = false;
      entry.terms = null;
    }
    removedSinceRebuild = 0;
  }

  /** Orders messages chronologically: by time sent, then by id. */
  private record Key(Instant sentAt, long id) implements Comparable<Key> {
    @Override
    public int compareTo(Key other) {
      int byTime = sentAt.compareTo(other.sentAt);
      return byTime != 0 ? byTime : Long.compare(id, other.id);
    }
  }

  /** A stored message, what the store knows about it, and its score in the current search. */
  private static final class Entry {
    static final Comparator<Entry> BEST_MATCH_FIRST =
        Comparator.<Entry>comparingInt(entry -> entry.score)
            .reversed()
            .thenComparing(entry -> entry.key, Comparator.reverseOrder());

    private final Key key;
    private ChatMessage message;
    private boolean important;
    private boolean edited;
    private boolean removed;
    private Set<String> terms;
    private int round;
    private int score;
    private int lastTerm;

    Entry(ChatMessage message) {
      this.key = new Key(message.sentAt(), message.messageId());
      this.message = message;
    }

    /** Whether a posting for {@code term} is still true: only an edit can have made it stale. */
    boolean holds(String term) {
      if (!edited) {
        return true;
      }
      if (terms == null) {
        terms = SearchTerms.of(message.text());
      }
      return terms.contains(term);
    }

    /**
     * Counts query term {@code termNumber} for search {@code searchRound}, once per term.
     *
     * @return true when this is the entry's first hit in the search
     */
    boolean count(int searchRound, int termNumber) {
      boolean first = round != searchRound;
      if (first) {
        round = searchRound;
        score = 0;
        lastTerm = 0;
      }
      if (lastTerm != termNumber) {
        lastTerm = termNumber;
        score++;
      }
      return first;
    }
  }
}
