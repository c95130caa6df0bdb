package dev.gryag.adapter.telegram;

import dev.gryag.core.model.Author;
import dev.gryag.core.model.Chat;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.UserId;
import java.time.Instant;
import java.util.Objects;

/** An incoming Telegram update, mapped to Gryag's model: what an {@link UpdateHandler} gets. */
public sealed interface TelegramEvent {

  /** The Bot API {@code update_id}; increases with every update. */
  long updateId();

  /**
   * A member (or another bot, or a chat speaking as itself) wrote or edited a message.
   *
   * @param chat where it was written
   * @param message the message; for an edit, its new text with {@code editedAt} set
   * @param edited true for {@code edited_message} / {@code edited_channel_post}
   * @param repliedToAuthor who wrote the message this one replies to, as Telegram tells; null when
   *     it replies to nothing (or Telegram did not say)
   */
  record NewMessage(
      long updateId, Chat chat, ChatMessage message, boolean edited, UserId repliedToAuthor)
      implements TelegramEvent {
    public NewMessage {
      Objects.requireNonNull(chat, "chat");
      Objects.requireNonNull(message, "message");
    }
  }

  /**
   * The bot was added to a chat, removed, promoted or restricted ({@code my_chat_member}).
   *
   * @param chat the chat
   * @param before the bot's status before
   * @param after the bot's status now
   * @param member true when the bot is in the chat now (it can read and, unless restricted, write)
   * @param changedBy who made the change
   * @param at when
   */
  record BotMembershipChanged(
      long updateId,
      Chat chat,
      MemberStatus before,
      MemberStatus after,
      boolean member,
      Author changedBy,
      Instant at)
      implements TelegramEvent {
    public BotMembershipChanged {
      Objects.requireNonNull(chat, "chat");
      Objects.requireNonNull(before, "before");
      Objects.requireNonNull(after, "after");
      Objects.requireNonNull(changedBy, "changedBy");
      Objects.requireNonNull(at, "at");
    }
  }

  /**
   * A member's standing in a chat changed ({@code chat_member}): they joined, left, were promoted,
   * demoted or restricted. Telegram sends it only to bots that administer the chat.
   *
   * @param chat the chat
   * @param member whose standing changed
   * @param before their status before
   * @param after their status now
   * @param changedBy who made the change (the member themselves when joining or leaving)
   * @param at when
   */
  record MemberStatusChanged(
      long updateId,
      Chat chat,
      Author member,
      MemberStatus before,
      MemberStatus after,
      Author changedBy,
      Instant at)
      implements TelegramEvent {
    public MemberStatusChanged {
      Objects.requireNonNull(chat, "chat");
      Objects.requireNonNull(member, "member");
      Objects.requireNonNull(before, "before");
      Objects.requireNonNull(after, "after");
      Objects.requireNonNull(changedBy, "changedBy");
      Objects.requireNonNull(at, "at");
    }

    /** True when the member became an admin of the chat or stopped being one. */
    public boolean adminsChanged() {
      return before.administers() != after.administers();
    }
  }

  /**
   * A group became a supergroup and got a new id: its history should follow. Telegram reports it in
   * both chats, so the same migration usually arrives twice; handle it idempotently.
   *
   * @param from the old group id
   * @param to the new supergroup id
   */
  record ChatMigrated(long updateId, ChatId from, ChatId to) implements TelegramEvent {
    public ChatMigrated {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
    }
  }
}
