package dev.gryag.core.context;

import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.TextEntity;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * A message as the in-memory store holds it: the message, its marks, and its score in the search
 * under way. Guarded by its {@link ChatLog}'s lock.
 */
final class LogEntry {

  /** Best search match first: more query terms, then newer. */
  static final Comparator<LogEntry> BEST_MATCH_FIRST =
      Comparator.<LogEntry>comparingInt(entry -> entry.score)
          .reversed()
          .thenComparing(entry -> entry.key, Comparator.reverseOrder());

  final Key key;
  private ChatMessage message;
  boolean important;
  boolean removed;
  private boolean edited;
  private Set<String> editedTerms;
  private int round;
  private int score;
  private int lastTerm;

  LogEntry(ChatMessage message) {
    this.key = new Key(message.sentAt(), message.messageId());
    this.message = message;
  }

  ChatMessage message() {
    return message;
  }

  /** Applies an edit; returns the search terms the new text adds. */
  Set<String> edit(String text, List<TextEntity> entities, Instant editedAt) {
    Set<String> added = SearchTerms.of(text);
    added.removeAll(SearchTerms.of(message.text()));
    message = message.withText(text, entities).editedAt(editedAt);
    edited = true;
    editedTerms = null;
    return added;
  }

  /** The index was rebuilt from the current text: its postings are exact again. */
  void reindexed() {
    edited = false;
    editedTerms = null;
  }

  /** Whether a posting for {@code term} is still true: only an edit can have made it stale. */
  boolean holds(String term) {
    if (!edited) {
      return true;
    }
    if (editedTerms == null) {
      editedTerms = SearchTerms.of(message.text());
    }
    return editedTerms.contains(term);
  }

  /**
   * Counts query term {@code termNumber} for search {@code searchRound}, once per term.
   *
   * @return true when this is the entry's first hit in that search
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

  /** Orders messages chronologically: by time sent, then by id. */
  record Key(Instant sentAt, long id) implements Comparable<Key> {

    /** A key before every message sent at {@code instant} or later. */
    static Key before(Instant instant) {
      return new Key(instant, Long.MIN_VALUE);
    }

    @Override
    public int compareTo(Key other) {
      int byTime = sentAt.compareTo(other.sentAt);
      return byTime != 0 ? byTime : Long.compare(id, other.id);
    }
  }
}
