package dev.gryag.core.personalization;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Predicate;

/**
 * Picks the first {@code limit} items in an order from a scan, for the in-memory stores' retention.
 */
final class Oldest {

  private Oldest() {}

  /**
   * The up to {@code limit} smallest items of {@code items} by {@code order} that match {@code
   * due}, smallest first. One pass with a bounded max-heap that is only touched by items smaller
   * than its largest: O(n) for a scan, plus O(limit log limit) in the typical case.
   */
  static <T> List<T> select(Iterable<T> items, Predicate<T> due, Comparator<T> order, int limit) {
    PriorityQueue<T> heap = new PriorityQueue<>(limit + 1, order.reversed());
    for (T item : items) {
      if (due.test(item) && (heap.size() < limit || order.compare(item, heap.peek()) < 0)) {
        heap.add(item);
        if (heap.size() > limit) {
          heap.poll();
        }
      }
    }
    List<T> selected = new ArrayList<>(heap);
    selected.sort(order);
    return selected;
  }
}
