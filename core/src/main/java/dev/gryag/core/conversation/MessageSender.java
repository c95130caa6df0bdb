package dev.gryag.core.conversation;

import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.MessageRef;

/**
 * Delivers the bot's messages to the chat platform.
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>Blocking and thread-safe. Implementations throttle to the platform's limits, so a call may
 *       wait; a busy chat must not delay another chat's sends for long.
 *   <li>{@link #send} delivers all parts or throws; parts already delivered before a failure are
 *       reported in the exception's message, not silently dropped.
 *   <li>Failures throw {@link DeliveryException}; {@link DeliveryException.Kind#CHAT_UNAVAILABLE}
 *       means the bot was blocked or removed and should stop writing there.
 *   <li>A group that became a supergroup is followed: the parts go to the supergroup, and {@link
 *       SentMessage#movedTo()} (or {@link DeliveryException#movedTo()}, when sending then failed)
 *       names it. Recording either is the caller's business, not the sender's.
 * </ul>
 */
@FunctionalInterface
public interface MessageSender {

  /**
   * Sends a reply, split and formatted for the platform.
   *
   * @return the ids and texts of the delivered parts
   * @throws DeliveryException when the platform refused or could not be reached
   */
  SentMessage send(OutgoingMessage message);

  /**
   * Shows "typing…" in the chat until the returned handle is closed; the indicator is refreshed
   * while it is open. Failures to show it are logged, never thrown: it is cosmetic. The default
   * shows nothing.
   *
   * @param threadId the forum topic, or null
   */
  default TypingIndicator typing(ChatId chat, Long threadId) {
    return () -> {};
  }

  /**
   * Sets the bot's reaction (one emoji) on a message; an empty emoji removes it. The default
   * supports no reactions and always throws.
   *
   * @throws DeliveryException when the platform refused, or of kind {@link
   *     DeliveryException.Kind#REJECTED} when the sender has no reactions
   */
  default void react(MessageRef message, String emoji) {
    throw new DeliveryException(
        DeliveryException.Kind.REJECTED, "this message sender does not support reactions");
  }

  /** An open "typing…" indicator. Closing it twice is harmless. */
  interface TypingIndicator extends AutoCloseable {
    @Override
    void close();
  }
}
