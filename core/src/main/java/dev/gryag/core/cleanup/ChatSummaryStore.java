package dev.gryag.core.cleanup;

import dev.gryag.core.context.ChatSummary;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatMigration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

/**
 * Keeps the {@link ChatSummary summaries} compaction writes. Its {@link #recent} is the prompt's
 * {@link dev.gryag.core.context.SummarySource} ({@code store::recent}), so a chat whose old
 * messages were compacted keeps their gist in its replies.
 *
 * <p>Contract: a summary is identified by chat and covered id range ({@code firstMessageId}, {@code
 * lastMessageId}); saving the same range again replaces it (idempotent). Values come back equal to
 * what was saved. Empty means none. Thread-safe; storage failures throw {@link
 * dev.gryag.core.StoreException}.
 */
public interface ChatSummaryStore {

  /** Stores {@code summary}, replacing one of the same chat and range. */
  void save(ChatSummary summary);

  /**
   * The chat's newest summaries (by the end of their period), newest first, at most {@code limit}.
   */
  List<ChatSummary> recent(ChatId chat, int limit);

  /** The chats that hold summaries, in a stable order. */
  List<ChatId> chats();

  /**
   * Deletes every summary of the chat that meets {@code condition} (asked of each, in no particular
   * order) and returns how many it deleted. For forgetting a member: their summaries are few, and
   * only the code holding their names can tell which speak of them.
   */
  int deleteIf(ChatId chat, Predicate<? super ChatSummary> condition);

  /** How many summaries, over all chats, cover periods that ended before {@code cutoff}. */
  long countEndedBefore(Instant cutoff);

  /**
   * Deletes up to {@code limit} summaries whose period ended before {@code cutoff}, oldest first,
   * and returns how many it deleted.
   *
   * @throws IllegalArgumentException when {@code limit} is not positive
   */
  int deleteEndedBefore(Instant cutoff, int limit);

  /**
   * Moves every summary of the old group to the supergroup it became, its covered id range mapped
   * by {@link ChatMigration#movedMessageId} (so it still names the moved messages). Afterwards
   * {@code from} holds none. Idempotent: a second call finds nothing to move and changes nothing; a
   * range already moved keeps the copy moved first. On a database one transaction.
   *
   * @return how many summaries left {@code from}
   */
  int move(ChatMigration migration);
}
