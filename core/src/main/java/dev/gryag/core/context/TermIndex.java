package dev.gryag.core.context;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * An inverted index from search terms to the things holding them, append-only: the owner marks
 * deleted things dead so that visitors skip them, and rebuilds the index once most postings are
 * dead. Not thread-safe: {@link ChatLog} guards it.
 *
 * @param <T> what the postings point at
 */
final class TermIndex<T> {

  private final Map<String, Postings> postings = new HashMap<>();

  void add(T item, Set<String> terms) {
    for (String term : terms) {
      postings.computeIfAbsent(term, t -> new Postings()).add(item);
    }
  }

  /** How many postings {@code term} has, dead ones included. */
  int postings(String term) {
    Postings items = postings.get(term);
    return items == null ? 0 : items.size;
  }

  void clear() {
    postings.clear();
  }

  /**
   * Hands the items holding {@code term} to {@code visitor}, most recently indexed first, at most
   * {@code max} of them; stops early when the visitor returns false.
   */
  @SuppressWarnings("unchecked")
  void visit(String term, int max, Predicate<T> visitor) {
    Postings items = postings.get(term);
    if (items == null) {
      return;
    }
    int stop = Math.max(0, items.size - max);
    for (int i = items.size - 1; i >= stop; i--) {
      if (!visitor.test((T) items.items[i])) {
        return;
      }
    }
  }

  /** A growable array of postings. */
  private static final class Postings {
    private Object[] items = new Object[4];
    private int size;

    void add(Object item) {
      if (size == items.length) {
        items = Arrays.copyOf(items, size * 2);
      }
      items[size++] = item;
    }
  }
}
