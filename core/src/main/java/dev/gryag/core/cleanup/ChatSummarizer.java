package dev.gryag.core.cleanup;

import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatMessage;
import java.util.List;

/**
 * Summarises a period of a chat before its messages are deleted. {@link LanguageModelSummarizer}
 * asks the language model.
 *
 * <p>Contract: blocking and thread-safe; {@code messages} are one chat's, oldest first, never
 * empty; expected failures (the model refused, was unreachable, answered nothing) are a {@link
 * SummaryOutcome.Failed}, not an exception.
 */
@FunctionalInterface
public interface ChatSummarizer {

  /** A summary of {@code messages} of {@code chat}. */
  SummaryOutcome summarize(ChatId chat, List<ChatMessage> messages);
}
