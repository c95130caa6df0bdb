package dev.gryag.core.context;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * An inverted index from search terms to message ids, append-only: deleted messages leave dead
 * postings that searches skip, and the owner rebuilds the index once most postings are dead. Not
 * thread-safe: {@link ChatLog} guards it.
 */
final class TermIndex {

  private final Map<String, Postings> postings = new HashMap<>();

  void add(long messageId, Set<String> terms) {
    for (String term : terms) {
      postings.computeIfAbsent(term, t -> new Postings()).add(messageId);
    }
  }

  void clear() {
    postings.clear();
  }

  /**
   * Visits the ids holding {@code term}, most recently indexed first, at most {@code max} of them;
   * stops early when the visitor returns false.
   */
  void visit(String term, int max, IdVisitor visitor) {
    Postings ids = postings.get(term);
    if (ids == null) {
      return;
    }
    int stop = Math.max(0, ids.size - max);
    for (int i = ids.size - 1; i >= stop; i--) {
      if (!visitor.visit(ids.ids[i])) {
        return;
      }
    }
  }

  /** Receives message ids from {@link #visit}. */
  @FunctionalInterface
  interface IdVisitor {
    boolean visit(long messageId);
  }

  /** A growable array of message ids. */
  private static final class Postings {
    private long[] ids = new long[4];
    private int size;

    void add(long id) {
      if (size == ids.length) {
        ids = Arrays.copyOf(ids, size * 2);
      }
      ids[size++] = id;
    }
  }
}
