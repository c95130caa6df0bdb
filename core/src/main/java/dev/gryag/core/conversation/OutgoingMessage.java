package dev.gryag.core.conversation;

import dev.gryag.core.model.ChatId;
import java.util.Objects;

/**
 * A reply the bot wants to send.
 *
 * @param chat where to send it
 * @param threadId the forum topic to send it into, or null
 * @param text the reply as the model wrote it (light Markdown), or a command's answer in which
 *     member text is backslash-escaped ({@link MarkdownText}); the sender converts, escapes and
 *     splits it; never blank
 * @param replyToMessageId the message to thread the reply to, or null
 */
public record OutgoingMessage(ChatId chat, Long threadId, String text, Long replyToMessageId) {

  public OutgoingMessage {
    Objects.requireNonNull(chat, "chat");
    Objects.requireNonNull(text, "text");
    if (text.isBlank()) {
      throw new IllegalArgumentException("an outgoing message needs text");
    }
  }
}
