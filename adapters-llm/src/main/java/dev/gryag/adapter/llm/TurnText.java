package dev.gryag.adapter.llm;

import dev.gryag.core.llm.Turn;

/** The text a turn is sent as: a member's turn carries the author's name, "Alice: hi". */
final class TurnText {

  private TurnText() {}

  static String of(Turn turn) {
    return turn.speaker() == Turn.Speaker.USER && !turn.authorName().isBlank()
        ? turn.authorName() + ": " + turn.text()
        : turn.text();
  }
}
