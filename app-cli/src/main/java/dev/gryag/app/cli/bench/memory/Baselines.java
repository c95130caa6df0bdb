package dev.gryag.app.cli.bench.memory;

import dev.gryag.core.model.ChatMessage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * What simple strategies would put in a prompt of the same size, from the same turns, counted by
 * the bot's own estimator: the newest turns (recency), and the best BM25 turns, alone or each with
 * {@code neighbours} turns either side. Each fills its allowance in order and stops at the first
 * turn (or group) that no longer fits.
 */
final class Baselines {

  private final List<ChatMessage> turns;
  private final int[] costs;
  private final Bm25 index;

  /**
   * @param turns the conversation, chronological
   * @param cost a turn's tokens as the prompt would count them
   */
  Baselines(List<ChatMessage> turns, ToIntFunction<ChatMessage> cost) {
    this.turns = List.copyOf(turns);
    this.costs = this.turns.stream().mapToInt(cost).toArray();
    this.index = new Bm25(this.turns.stream().map(Baselines::document).toList());
  }

  /** A turn as BM25 sees it: its author's name and its text, as the prompt shows both. */
  static String document(ChatMessage turn) {
    return turn.author().name() + " " + turn.text();
  }

  /** The ids of the newest turns that fit in {@code tokens}. */
  Set<Long> recency(int tokens) {
    Set<Long> taken = new HashSet<>();
    int left = tokens;
    for (int i = turns.size() - 1; i >= 0 && costs[i] <= left; i--) {
      left -= costs[i];
      taken.add(turns.get(i).messageId());
    }
    return taken;
  }

  /**
   * The ids of the best BM25 turns for {@code query}, each with its neighbours, in {@code tokens}.
   */
  Set<Long> bm25(String query, int tokens, int neighbours) {
    Set<Long> taken = new HashSet<>();
    int left = tokens;
    for (int hit : index.rank(query)) {
      List<Integer> group = new ArrayList<>();
      int cost = 0;
      for (int i = Math.max(0, hit - neighbours);
          i <= Math.min(turns.size() - 1, hit + neighbours);
          i++) {
        if (!taken.contains(turns.get(i).messageId())) {
          group.add(i);
          cost += costs[i];
        }
      }
      if (cost > left) {
        break;
      }
      left -= cost;
      group.forEach(i -> taken.add(turns.get(i).messageId()));
    }
    return taken;
  }
}
