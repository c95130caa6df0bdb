package dev.gryag.core.conversation;

import dev.gryag.core.model.Chat;
import dev.gryag.core.model.MessageRef;
import dev.gryag.core.settings.Trigger;
import java.time.Instant;
import java.util.Objects;

/**
 * The bot's decision to answer a stored message, kept until the answer is given: after a crash it
 * tells the next run which questions are still open.
 *
 * @param chat the chat the message was written in, as the platform described it then
 * @param messageId the message to answer, in {@code chat}
 * @param reason what addressed the bot ({@link Trigger#COMMAND} for a built-in command)
 * @param receivedAt when the bot stored the message
 * @param deadline after this instant the answer is no longer worth giving: a later run drops it
 */
public record PendingAnswer(
    Chat chat, long messageId, Trigger reason, Instant receivedAt, Instant deadline) {

  public PendingAnswer {
    Objects.requireNonNull(chat, "chat");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(receivedAt, "receivedAt");
    Objects.requireNonNull(deadline, "deadline");
    if (messageId <= 0) {
      throw new IllegalArgumentException("messageId must be positive, was " + messageId);
    }
    if (deadline.isBefore(receivedAt)) {
      throw new IllegalArgumentException(
          "deadline " + deadline + " is before receivedAt " + receivedAt);
    }
  }

  /** The message to answer. */
  public MessageRef message() {
    return new MessageRef(chat.id(), messageId);
  }

  /** True when the answer is still worth giving at {@code now}. */
  public boolean liveAt(Instant now) {
    return !now.isAfter(deadline);
  }
}
