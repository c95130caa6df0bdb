package dev.gryag.core.context;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;

/** The tokens a prompt still has room for, taken section by section. */
final class Allowance {

  private int remaining;

  Allowance(int tokens) {
    this.remaining = tokens;
  }

  int remaining() {
    return remaining;
  }

  /** Takes tokens that must go in whatever the budget says; the caller made sure they fit. */
  void force(int tokens) {
    remaining -= tokens;
  }

  /** Takes the items that fit, in order, within {@code cap} tokens; skips those that do not. */
  <T> List<T> fit(List<T> items, int cap, ToIntFunction<T> cost) {
    return fit(items, cap, cost, item -> {});
  }

  /**
   * As {@link #fit(List, int, ToIntFunction)}, telling {@code took} of each item taken before the
   * next is costed: an item's cost may depend on those taken before it.
   */
  <T> List<T> fit(List<T> items, int cap, ToIntFunction<T> cost, Consumer<T> took) {
    List<T> taken = new ArrayList<>();
    int used = 0;
    for (T item : items) {
      int tokens = cost.applyAsInt(item);
      if (used + tokens <= cap && tokens <= remaining) {
        taken.add(item);
        used += tokens;
        remaining -= tokens;
        took.accept(item);
      }
    }
    return taken;
  }

  /** Gives back tokens taken with {@link #force} that turned out not to be needed. */
  void release(int tokens) {
    remaining += tokens;
  }

  /**
   * Takes items in order, within {@code cap} tokens, until the first that does not fit: a
   * contiguous run; tells {@code took} of each as {@link #fit(List, int, ToIntFunction, Consumer)}
   * does.
   */
  <T> List<T> fitRun(List<T> items, int cap, ToIntFunction<T> cost, Consumer<T> took) {
    List<T> taken = new ArrayList<>();
    int used = 0;
    for (T item : items) {
      int tokens = cost.applyAsInt(item);
      if (used + tokens > cap || tokens > remaining) {
        break;
      }
      taken.add(item);
      used += tokens;
      remaining -= tokens;
      took.accept(item);
    }
    return taken;
  }

  /**
   * Takes a headed section: the header and the lines that fit within {@code cap}, or nothing when
   * no line fits. The result starts with the header.
   */
  List<String> fitSection(String header, List<String> lines, int cap, ToIntFunction<String> cost) {
    int headerCost = cost.applyAsInt(header);
    if (lines.isEmpty() || headerCost >= cap || headerCost >= remaining) {
      return List.of();
    }
    remaining -= headerCost;
    List<String> taken = fit(lines, cap - headerCost, cost);
    if (taken.isEmpty()) {
      remaining += headerCost;
      return List.of();
    }
    List<String> section = new ArrayList<>(taken.size() + 1);
    section.add(header);
    section.addAll(taken);
    return section;
  }
}
