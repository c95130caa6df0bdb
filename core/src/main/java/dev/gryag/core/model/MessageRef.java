package dev.gryag.core.model;

import java.util.Objects;

/**
 * Points at one message: Telegram message ids are unique only within their chat.
 *
 * @param chat the chat the message belongs to
 * @param messageId the message id within that chat; positive
 */
public record MessageRef(ChatId chat, long messageId) {

  public MessageRef {
    Objects.requireNonNull(chat, "chat");
    if (messageId <= 0) {
      throw new IllegalArgumentException("messageId must be positive, was " + messageId);
    }
  }

  public static MessageRef of(long chat, long messageId) {
    return new MessageRef(ChatId.of(chat), messageId);
  }

  @Override
  public String toString() {
    return chat + "/" + messageId;
  }
}
