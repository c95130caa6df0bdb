package dev.gryag.core.conversation;

import dev.gryag.core.analyzer.Analysis;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.settings.Trigger;

/**
 * A message {@link ConversationService#accept} has dealt with durably: either stored and waiting
 * for {@link ConversationService#respond} (with a {@link PendingAnswer} when it addresses the bot),
 * or already settled (a duplicate, an edit, a chat the access policy excludes, a forgotten
 * member's). A message of a member who opted out waits for its response unstored. {@link
 * ConversationService#resume} makes them too, for answers a crash left pending.
 */
public final class Accepted {

  private final IncomingMessage incoming;
  private final ChatMessage message;
  private final Analysis analysis;
  private final Outcome settled;
  private final Trigger trigger;
  private final PendingAnswer pending;
  private final boolean resumed;
  private final boolean stored;

  private Accepted(
      IncomingMessage incoming,
      ChatMessage message,
      Analysis analysis,
      Outcome settled,
      Trigger trigger,
      PendingAnswer pending,
      boolean resumed,
      boolean stored) {
    this.incoming = incoming;
    this.message = message;
    this.analysis = analysis;
    this.settled = settled;
    this.trigger = trigger;
    this.pending = pending;
    this.resumed = resumed;
    this.stored = stored;
  }

  static Accepted stored(
      IncomingMessage incoming,
      ChatMessage message,
      Analysis analysis,
      Trigger trigger,
      PendingAnswer pending) {
    return new Accepted(incoming, message, analysis, null, trigger, pending, false, true);
  }

  /**
   * A message of a member who opted out: to be answered like any, though it was not stored, and its
   * answer is not owed durably.
   */
  static Accepted unstored(
      IncomingMessage incoming, ChatMessage message, Analysis analysis, Trigger trigger) {
    return new Accepted(incoming, message, analysis, null, trigger, null, false, false);
  }

  static Accepted resumed(
      IncomingMessage incoming, ChatMessage message, Analysis analysis, PendingAnswer pending) {
    return new Accepted(incoming, message, analysis, null, pending.reason(), pending, true, true);
  }

  static Accepted settled(IncomingMessage incoming, Outcome outcome) {
    return new Accepted(incoming, incoming.message(), null, outcome, null, null, false, false);
  }

  /** The chat whose lane should run the response. */
  public ChatId chat() {
    return incoming.chat().id();
  }

  /** True when nothing is left to do: {@link ConversationService#respond} returns at once. */
  public boolean isSettled() {
    return settled != null;
  }

  /**
   * True when the bot owes this message an answer, durably: such a response must not be dropped (it
   * would come back after a restart anyway); others may be, under load.
   */
  public boolean awaitsAnswer() {
    return pending != null;
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

  /** What addressed the bot, as found when the message was stored; null when nothing did. */
  Trigger trigger() {
    return trigger;
  }

  PendingAnswer pending() {
    return pending;
  }

  boolean isResumed() {
    return resumed;
  }

  @Override
  public String toString() {
    String state =
        settled != null
            ? settled.toString()
            : pending != null ? "awaiting an answer" : stored ? "stored" : "not stored";
    return "Accepted[" + message.ref() + ", " + state + (resumed ? ", resumed" : "") + "]";
  }
}
