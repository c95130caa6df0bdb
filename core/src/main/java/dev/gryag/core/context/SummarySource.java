package dev.gryag.core.context;

import dev.gryag.core.model.ChatId;
import java.util.List;

/**
 * Where the prompt finds summaries of a chat's earlier conversation. {@link #NONE} has none.
 *
 * <p>Contract: thread-safe; returns at most {@code limit} summaries, newest first; empty when there
 * are none. Storage failures throw {@link dev.gryag.core.StoreException}.
 */
@FunctionalInterface
public interface SummarySource {

  /**
   * The newest summaries of the chat's topic.
   *
   * @param threadId the forum topic, or null for the chat outside topics
   */
  List<ChatSummary> latest(ChatId chat, Long threadId, int limit);

  /** Has no summaries. */
  SummarySource NONE = (chat, threadId, limit) -> List.of();
}
