package dev.gryag.core.conversation;

import dev.gryag.core.model.Chat;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.UserId;
import java.util.Objects;

/**
 * A message as the platform delivered it, with what the platform knows around it.
 *
 * @param chat the chat it was written in
 * @param message the message; for an edit, its new text and {@code editedAt}
 * @param edited true when this delivery is an edit of a message sent earlier
 * @param authorIsAdmin true when the platform says the author administers the chat (anonymous
 *     admins, who write as the chat itself, are recognised without it)
 * @param repliedToAuthor the author of the message this one replies to, when the platform tells
 *     (Telegram does); null otherwise, and then the store is asked
 */
public record IncomingMessage(
    Chat chat, ChatMessage message, boolean edited, boolean authorIsAdmin, UserId repliedToAuthor) {

  public IncomingMessage {
    Objects.requireNonNull(chat, "chat");
    Objects.requireNonNull(message, "message");
    if (!message.chatId().equals(chat.id())) {
      throw new IllegalArgumentException(
          "message " + message.ref() + " does not belong to chat " + chat.id());
    }
  }

  /** A new message from a member who is not known to be an admin. */
  public static IncomingMessage of(Chat chat, ChatMessage message) {
    return new IncomingMessage(chat, message, false, false, null);
  }

  /** The same delivery as an edit of an earlier message. */
  public IncomingMessage asEdit() {
    return new IncomingMessage(chat, message, true, authorIsAdmin, repliedToAuthor);
  }

  /** The same delivery from an admin of the chat. */
  public IncomingMessage fromAdmin() {
    return new IncomingMessage(chat, message, edited, true, repliedToAuthor);
  }

  /** The same delivery, telling who wrote the message it replies to. */
  public IncomingMessage replyingTo(UserId author) {
    return new IncomingMessage(chat, message, edited, authorIsAdmin, author);
  }
}
