package dev.gryag.core.context;

import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * What a period of a chat was about: written by compaction ({@code dev.gryag.core.cleanup}) before
 * the period's messages were deleted, and read back into prompts through a {@link SummarySource}.
 * The chat's long memory; a summary covers the whole chat, forum topics included.
 *
 * @param chat the chat
 * @param firstMessageId the first message the summary covers
 * @param lastMessageId the last message it covers; not less than the first
 * @param from when the first covered message was sent
 * @param to when the last covered message was sent; not before {@code from}
 * @param messages how many messages it covers; at least 1
 * @param text the summary; never blank
 * @param provider the language model provider that wrote it
 * @param createdAt when it was written
 * @param authors who wrote the covered messages, so that forgetting one of them drops the summary;
 *     empty when not known (summaries written before Gryag recorded them); copied
 */
public record ChatSummary(
    ChatId chat,
    long firstMessageId,
    long lastMessageId,
    Instant from,
    Instant to,
    int messages,
    String text,
    String provider,
    Instant createdAt,
    Set<UserId> authors) {

  public ChatSummary {
    Objects.requireNonNull(chat, "chat");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(createdAt, "createdAt");
    if (firstMessageId <= 0 || lastMessageId < firstMessageId) {
      throw new IllegalArgumentException(
          "a summary covers message ids first <= last, both positive, was "
              + firstMessageId
              + ".."
              + lastMessageId);
    }
    if (to.isBefore(from)) {
      throw new IllegalArgumentException(
          "a summary's period ends " + to + " before it starts " + from);
    }
    if (messages < 1) {
      throw new IllegalArgumentException("a summary covers at least one message, was " + messages);
    }
    if (text.isBlank()) {
      throw new IllegalArgumentException("a summary needs text");
    }
    authors = Set.copyOf(Objects.requireNonNull(authors, "authors"));
  }

  /** A summary whose authors are not known. */
  public ChatSummary(
      ChatId chat,
      long firstMessageId,
      long lastMessageId,
      Instant from,
      Instant to,
      int messages,
      String text,
      String provider,
      Instant createdAt) {
    this(
        chat,
        firstMessageId,
        lastMessageId,
        from,
        to,
        messages,
        text,
        provider,
        createdAt,
        Set.of());
  }
}
