package dev.gryag.core.context;

import dev.gryag.core.model.ChatMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Word search over one chat's messages. Rare query words are looked up first, and all words
 * together visit at most {@value #BUDGET} postings, newest first: common words cost little and rare
 * ones carry the match. Guarded by its {@link ChatLog}'s lock.
 */
final class MessageSearch {

  /** How many postings one search visits at most, over all its terms. */
  static final int BUDGET = 1536;

  private static final int REBUILD_FLOOR = 1024;

  private final TermIndex<LogEntry> index = new TermIndex<>();
  private long removedSinceRebuild;
  private int searches;

  void added(LogEntry entry) {
    index.add(entry, SearchTerms.of(entry.message().text()));
  }

  void edited(LogEntry entry, Set<String> addedTerms) {
    index.add(entry, addedTerms);
  }

  /** Entries were removed; rebuilds the index from {@code live} once most postings are dead. */
  void removed(int count, Collection<LogEntry> live) {
    removedSinceRebuild += count;
    if (removedSinceRebuild >= REBUILD_FLOOR && removedSinceRebuild >= live.size()) {
      rebuild(live);
    }
  }

  /**
   * Indexes {@code live} afresh, in the order given: pass them oldest first, as searches visit the
   * most recently indexed first.
   */
  void rebuild(Collection<LogEntry> live) {
    index.clear();
    for (LogEntry entry : live) {
      added(entry);
      entry.reindexed();
    }
    removedSinceRebuild = 0;
  }

  List<ChatMessage> search(Set<String> terms, Instant before, int limit) {
    List<String> rarestFirst = new ArrayList<>(terms);
    rarestFirst.sort(Comparator.comparingInt(index::postings));
    int round = ++searches;
    List<LogEntry> candidates = new ArrayList<>();
    int budget = BUDGET;
    for (int i = 0; i < rarestFirst.size(); i++) {
      String term = rarestFirst.get(i);
      int visits = Math.min(budget / (rarestFirst.size() - i), index.postings(term));
      budget -= visits;
      int number = i + 1;
      index.visit(
          term,
          visits,
          entry -> {
            boolean matches =
                !entry.removed && entry.key.sentAt().isBefore(before) && entry.holds(term);
            if (matches && entry.count(round, number)) {
              candidates.add(entry);
            }
            return true;
          });
    }
    return best(candidates, limit);
  }

  private static List<ChatMessage> best(List<LogEntry> candidates, int limit) {
    PriorityQueue<LogEntry> top =
        new PriorityQueue<>(limit + 1, LogEntry.BEST_MATCH_FIRST.reversed());
    for (LogEntry candidate : candidates) {
      top.add(candidate);
      if (top.size() > limit) {
        top.poll();
      }
    }
    List<LogEntry> ranked = new ArrayList<>(top);
    ranked.sort(LogEntry.BEST_MATCH_FIRST);
    return ranked.stream().map(LogEntry::message).toList();
  }
}
