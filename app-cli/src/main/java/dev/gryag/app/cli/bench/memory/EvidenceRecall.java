package dev.gryag.app.cli.bench.memory;

import dev.gryag.core.context.AssembledContext;
import dev.gryag.core.llm.Turn;
import dev.gryag.core.model.ChatMessage;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * How many of a question's evidence turns a prompt holds. The assembled prompt does not carry
 * message ids, so an evidence turn counts as present when a turn of the prompt is its author's and
 * holds its whole text (the prompt fences each member's text, unchanged but for {@code <}).
 */
final class EvidenceRecall {

  private EvidenceRecall() {}

  /** The evidence turns among the prompt's turns. */
  static int found(List<ChatMessage> evidence, AssembledContext prompt) {
    int found = 0;
    for (ChatMessage turn : evidence) {
      if (holds(prompt.turns(), turn)) {
        found++;
      }
    }
    return found;
  }

  /** The evidence ids among the ids a baseline took. */
  static int found(Collection<Long> evidence, Set<Long> taken) {
    return (int) evidence.stream().filter(taken::contains).count();
  }

  private static boolean holds(List<Turn> turns, ChatMessage message) {
    String name = message.author().name();
    for (Turn turn : turns) {
      if (turn.authorName().equals(name) && turn.text().contains(message.text())) {
        return true;
      }
    }
    return false;
  }
}
