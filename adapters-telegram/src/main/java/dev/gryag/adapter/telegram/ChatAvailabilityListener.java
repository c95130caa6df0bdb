package dev.gryag.adapter.telegram;

import dev.gryag.core.model.ChatId;

/**
 * Told when sending shows that a chat changed: the bot can no longer write there, or the group
 * moved to a new id. The app persists it (mark the chat inactive, move its history).
 */
public interface ChatAvailabilityListener {

  /** Ignores every change. */
  ChatAvailabilityListener NONE =
      new ChatAvailabilityListener() {
        @Override
        public void chatUnavailable(ChatId chat, String reason) {}

        @Override
        public void chatMigrated(ChatId from, ChatId to) {}
      };

  /**
   * The bot was blocked, kicked or the chat is gone (403, "chat not found"): stop writing there.
   *
   * @param reason Telegram's description, e.g. {@code Forbidden: bot was kicked from the group
   *     chat}
   */
  void chatUnavailable(ChatId chat, String reason);

  /** The group became a supergroup: messages now go to {@code to}. */
  void chatMigrated(ChatId from, ChatId to);
}
