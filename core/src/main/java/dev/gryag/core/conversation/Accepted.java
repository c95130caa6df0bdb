package dev.gryag.core.conversation;

import dev.gryag.core.analyzer.Analysis;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatMessage;

/**
 * A message {@link ConversationService#accept} has dealt with durably: either stored and waiting
 * for {@link ConversationService#respond}, or already settled (a duplicate, an edit, a chat the
 * access policy excludes).
 */
public final class Accepted {

  private final IncomingMessage incoming;
  private final ChatMessage message;
  private final Analysis analysis;
  private final Outcome settled;

  private Accepted(
      IncomingMessage incoming, ChatMessage message, Analysis analysis, Outcome settled) {
    this.incoming = incoming;
    this.message = message;
    this.analysis = analysis;
    this.settled = settled;
  }

  static Accepted stored(IncomingMessage incoming, ChatMessage message, Analysis analysis) {
    return new Accepted(incoming, message, analysis, null);
  }

  static Accepted settled(IncomingMessage incoming, Outcome outcome) {
    return new Accepted(incoming, incoming.message(), null, outcome);
  }

  /** The chat whose lane should run the response. */
  public ChatId chat() {
    return incoming.chat().id();
  }

  /** True when nothing is left to do: {@link ConversationService#respond} returns at once. */
  public boolean isSettled() {
    return settled != null;
  }

  IncomingMessage incoming() {
    return incoming;
  }

  ChatMessage message() {
    return message;
  }

  Analysis analysis() {
    return analysis;
  }

  Outcome settled() {
    return settled;
  }

  @Override
  public String toString() {
    return "Accepted[" + message.ref() + (settled == null ? ", stored" : ", " + settled) + "]";
  }
}
