package dev.gryag.core.context;

import dev.gryag.core.model.ChatId;
import java.time.Instant;
import java.util.Objects;

/**
 * A summary of an earlier stretch of a chat, written to stand in for messages the prompt has no
 * room for.
 *
 * @param chat the chat summarised
 * @param threadId the forum topic summarised, or null for the chat outside topics
 * @param coveredUntil the time of the last message the summary covers
 * @param text the summary; never blank
 */
public record ChatSummary(ChatId chat, Long threadId, Instant coveredUntil, String text) {

  public ChatSummary {
    Objects.requireNonNull(chat, "chat");
    Objects.requireNonNull(coveredUntil, "coveredUntil");
    Objects.requireNonNull(text, "text");
    if (text.isBlank()) {
      throw new IllegalArgumentException("a chat summary needs text");
    }
  }
}
