package dev.gryag.core.cleanup;

import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.UserId;
import java.util.Objects;
import java.util.function.BiPredicate;

/**
 * How message retention writes summaries before deleting: who summarises, where summaries go, and
 * whose messages they leave out.
 *
 * @param summarizer writes the summaries
 * @param store keeps them
 * @param leftOut true for a member whose messages no summary may contain (one who opted out of
 *     being remembered); e.g. {@code personalization::optedOut}
 */
public record Compactor(
    ChatSummarizer summarizer, ChatSummaryStore store, BiPredicate<ChatId, UserId> leftOut) {

  public Compactor {
    Objects.requireNonNull(summarizer, "summarizer");
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(leftOut, "leftOut");
  }
}
