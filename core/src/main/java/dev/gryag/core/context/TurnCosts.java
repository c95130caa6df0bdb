package dev.gryag.core.context;

import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.Role;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;

/**
 * What history turns cost while a prompt is being filled: a member's turn of a day no turn taken so
 * far was of costs its full date, the others only their time, as {@link PromptTurns.Days} renders
 * them; so the budget is spent on turns rather than on dates that will not be written.
 */
final class TurnCosts {

  private final TokenEstimator estimator;
  private final Set<LocalDate> dated = new HashSet<>();

  TurnCosts(TokenEstimator estimator) {
    this.estimator = estimator;
  }

  int of(ChatMessage message) {
    boolean newDay = message.role() != Role.BOT && !dated.contains(day(message));
    return PromptTurns.cost(
        PromptTurns.turn(message, PromptTurns.content(message), newDay), estimator);
  }

  /** The message went into the prompt: its day is given there now. */
  void took(ChatMessage message) {
    if (message.role() != Role.BOT) {
      dated.add(day(message));
    }
  }

  private static LocalDate day(ChatMessage message) {
    return LocalDate.ofInstant(message.sentAt(), ZoneOffset.UTC);
  }
}
