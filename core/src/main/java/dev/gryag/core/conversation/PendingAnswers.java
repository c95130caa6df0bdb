package dev.gryag.core.conversation;

import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.MessageRef;
import java.util.List;

/**
 * The answers the bot has decided to give and not given yet, stored with the messages they answer
 * so that a crash loses no question.
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>A pending answer is identified by the {@link MessageRef} of the message it answers; there
 *       is at most one per message.
 *   <li>{@link #appendAwaiting} stores the message and its pending answer <b>atomically</b>: after
 *       a crash both are stored or neither is. A message stored already is left alone, and then no
 *       pending answer is added (the first delivery decided for it).
 *   <li>{@link #answered} stores the bot's delivered messages and clears the pending answer
 *       atomically; the bot's messages are stored as {@link
 *       dev.gryag.core.context.MessageStore#append} would (duplicates skipped).
 *   <li>Every write is durable when it returns; thread-safe. Storage failures throw {@link
 *       dev.gryag.core.StoreException}; null arguments throw {@link NullPointerException}.
 * </ul>
 */
public interface PendingAnswers {

  /**
   * Stores {@code message} and, when it was new, {@code pending} for it, in one transaction.
   *
   * @return true when the message was new; false for a duplicate (nothing was written)
   * @throws IllegalArgumentException when {@code pending} is not for {@code message}
   */
  boolean appendAwaiting(ChatMessage message, PendingAnswer pending);

  /**
   * Stores what the bot delivered in answer to {@code question} and clears its pending answer, in
   * one transaction. Without a pending answer it only stores the messages.
   */
  void answered(MessageRef question, List<ChatMessage> delivered);

  /**
   * Clears the pending answer of {@code question}: it was settled without an answer message.
   *
   * @return false when there was none
   */
  boolean clear(MessageRef question);

  /** The oldest {@code limit} pending answers, oldest first (by receipt, ties by message). */
  List<PendingAnswer> oldest(int limit);
}
