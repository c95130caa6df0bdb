package dev.gryag.core.cleanup;

import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatMessage;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * The stored messages as retention sees them. The conversation's message store is adapted to it.
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>A message is <em>expired</em> when it was sent before {@code sentBefore}, or when at least
 *       {@code keepNewest} newer messages of its chat exist (newer: later {@code sentAt}, then
 *       higher id) — and it is not important: not pinned, and no fact names it as its source
 *       ({@link dev.gryag.core.personalization.FactStore#isEvidence}).
 *   <li>{@link #expired} returns the oldest expired messages first (by {@code sentAt}, then id).
 *   <li>{@link #delete} is idempotent: ids already gone are ignored.
 *   <li>Thread-safe, and safe while messages keep arriving. Storage failures throw {@link
 *       dev.gryag.core.StoreException}.
 * </ul>
 */
public interface ExpiringMessages {

  /** The chats that hold messages, in a stable order. */
  List<ChatId> chats();

  /** Up to {@code limit} of the chat's expired messages, oldest first. */
  List<ChatMessage> expired(ChatId chat, Instant sentBefore, int keepNewest, int limit);

  /** How many of the chat's messages are expired. */
  long countExpired(ChatId chat, Instant sentBefore, int keepNewest);

  /** Deletes the chat's messages with these ids; returns how many were deleted. */
  int delete(ChatId chat, Collection<Long> messageIds);
}
