package dev.gryag.core.context;

import dev.gryag.core.model.Chat;
import dev.gryag.core.model.ChatMessage;
import java.time.Instant;
import java.util.Objects;

/**
 * What a prompt is built for.
 *
 * @param chat the chat the message was written in
 * @param trigger the message to answer; it need not be stored
 * @param persona the system instruction: who the bot is and how it speaks; never null
 * @param since messages sent before this, and summaries of periods that began before it, are left
 *     out (after a {@code /reset}); null for no bound
 */
public record ContextRequest(Chat chat, ChatMessage trigger, String persona, Instant since) {

  public ContextRequest {
    Objects.requireNonNull(chat, "chat");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(persona, "persona");
    if (!trigger.chatId().equals(chat.id())) {
      throw new IllegalArgumentException(
          "trigger " + trigger.ref() + " is not a message of chat " + chat.id());
    }
  }

  /** True when {@code message} is recent enough for the prompt. */
  boolean admits(ChatMessage message) {
    return since == null || !message.sentAt().isBefore(since);
  }

  /** True when {@code summary} tells nothing from before {@link #since}. */
  boolean admits(ChatSummary summary) {
    return since == null || !summary.from().isBefore(since);
  }
}
