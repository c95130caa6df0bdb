package dev.gryag.core.conversation;

import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatMigration;

/**
 * Told what sending found out about a chat: the bot can no longer write there, or the group became
 * a supergroup. The conversation only reports it; what follows (the chat goes quiet, the group's
 * history moves) is decided by whoever implements this, in Gryag the {@code ChatAvailability} of
 * {@code dev.gryag.core.chats}, which hears the same news from the platform's updates too.
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>Thread-safe; both methods are idempotent, since the same change may be reported more than
 *       once (by every failed send, and by the platform's own updates).
 *   <li>Storage failures throw {@link dev.gryag.core.StoreException}; the conversation logs them
 *       and goes on, since the answer was already delivered or lost.
 * </ul>
 */
public interface ChatChanges {

  /** Records nothing: a gone chat stays active and a moved group's history stays where it was. */
  ChatChanges NONE =
      new ChatChanges() {
        @Override
        public void unavailable(ChatId chat, String reason) {}

        @Override
        public void migrated(ChatMigration migration) {}
      };

  /**
   * The bot was blocked or removed, or the chat is gone: sending there failed with {@link
   * DeliveryException.Kind#CHAT_UNAVAILABLE}.
   *
   * @param reason what the platform said, for the log
   */
  void unavailable(ChatId chat, String reason);

  /**
   * The group became a supergroup: the platform refused a send to {@code migration.from()} and the
   * sender delivered to {@code migration.to()} instead ({@link SentMessage#movedTo()}, {@link
   * DeliveryException#movedTo()}).
   */
  void migrated(ChatMigration migration);
}
