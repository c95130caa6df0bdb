package dev.gryag.core.context;

import dev.gryag.core.model.ChatId;
import java.util.List;

/**
 * Where the prompt finds summaries of a chat's earlier conversation. {@link #NONE} has none; a
 * {@code ChatSummaryStore}'s {@code recent} method is one ({@code store::recent}).
 *
 * <p>Contract: thread-safe; returns at most {@code limit} of the chat's summaries, newest (by the
 * end of their period) first; empty when there are none. Storage failures throw {@link
 * dev.gryag.core.StoreException}.
 */
@FunctionalInterface
public interface SummarySource {

  /** The chat's newest summaries, at most {@code limit} (positive). */
  List<ChatSummary> latest(ChatId chat, int limit);

  /** Has no summaries. */
  SummarySource NONE = (chat, limit) -> List.of();
}
