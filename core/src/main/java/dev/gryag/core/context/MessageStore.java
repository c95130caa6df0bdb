package dev.gryag.core.context;

import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.ChatMigration;
import dev.gryag.core.model.MessageRef;
import dev.gryag.core.model.TextEntity;
import dev.gryag.core.model.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The conversation memory: every message of every chat the bot serves, its own included.
 *
 * <p>Contract, for every method:
 *
 * <ul>
 *   <li>A message is identified by its {@link MessageRef} (chat + message id). Chats are
 *       independent: nothing written to one chat shows in another.
 *   <li><b>Chronological</b> means by {@link ChatMessage#sentAt()}, ties broken by message id,
 *       oldest first.
 *   <li>Lists returned are immutable snapshots, never null; <b>empty</b> means "nothing matches",
 *       never "unknown".
 *   <li>A message marked <b>important</b> (pinned, or evidence for a fact) survives {@link
 *       #deleteBefore} and {@link #trim}; only {@link #eraseAuthor} removes it.
 *   <li>Every write is durable when it returns. Thread-safe: concurrent writes to one chat lose
 *       nothing and duplicate nothing.
 *   <li>Limits and counts must not be negative ({@link IllegalArgumentException}); null arguments
 *       throw {@link NullPointerException} unless a parameter says null is allowed. Storage
 *       failures throw {@link dev.gryag.core.StoreException}.
 * </ul>
 */
public interface MessageStore {

  /**
   * Stores a message unless one with the same ref is stored already; an existing message is left
   * unchanged (use {@link #edit}).
   *
   * @return true when the message was new and is now stored, false for a duplicate
   */
  boolean append(ChatMessage message);

  /**
   * Stores many messages at once (an import), each as {@link #append} would: duplicates, within the
   * batch or with stored messages, are skipped. Not necessarily atomic: after a failure some of the
   * batch may be stored, and repeating the call is safe.
   *
   * @return how many were new
   */
  int appendAll(List<ChatMessage> messages);

  /**
   * Replaces a stored message's text and entities after an edit and records {@code editedAt}. An
   * edit older than the stored one's {@code editedAt} is ignored, so late deliveries cannot undo a
   * newer edit.
   *
   * @return true when the stored message changed; false when it is unknown or the edit is stale
   */
  boolean edit(MessageRef ref, String text, List<TextEntity> entities, Instant editedAt);

  /** The stored message, or empty when it was never stored or has been deleted. */
  Optional<ChatMessage> find(MessageRef ref);

  /** The newest {@code limit} messages of the chat, in chronological order. */
  List<ChatMessage> recent(ChatId chat, int limit);

  /**
   * The newest {@code limit} messages of one forum topic, in chronological order.
   *
   * @param threadId the topic; null selects the messages outside any topic
   */
  List<ChatMessage> recentInThread(ChatId chat, Long threadId, int limit);

  /**
   * The messages {@code message} replies to, transitively: its parent first, then the parent's
   * parent, at most {@code maxDepth} of them. The chain ends at a message that is not stored (never
   * seen, or deleted) and never loops. The message itself is not included; it need not be stored.
   */
  List<ChatMessage> replyChain(ChatMessage message, int maxDepth);

  /**
   * The messages sent just before and just after {@code message} in its chat, up to {@code each} on
   * either side, chronological; the message itself is left out and need not be stored. A found
   * message read with them makes sense: the question it answers, the reply it got.
   */
  List<ChatMessage> neighbours(ChatMessage message, int each);

  /**
   * Older messages of the chat that share words with {@code query}, for the prompt: matching is
   * case-insensitive on whole words (implementations may also stem); messages holding more of the
   * query's words come first, newer ones before older ones among equals.
   *
   * @param before only messages sent strictly before this instant
   * @return at most {@code limit} messages, best first; empty when the query has no searchable word
   */
  List<ChatMessage> search(ChatId chat, String query, Instant before, int limit);

  /** How many messages the chat holds. */
  long count(ChatId chat);

  /**
   * The chat's most active authors since {@code since} (inclusive): most messages first, ties by
   * user id. Each author is shown as their latest stored message names them.
   */
  List<AuthorActivity> topAuthors(ChatId chat, Instant since, int limit);

  /** Every chat that holds at least one message, ordered by chat id. */
  List<ChatId> chats();

  /**
   * Deletes every message {@code author} wrote in the chat, important ones included (a member's
   * right to be forgotten).
   *
   * @return how many were deleted
   */
  long eraseAuthor(ChatId chat, UserId author);

  /**
   * Marks or unmarks a stored message as important.
   *
   * @return false when the message is not stored
   */
  boolean markImportant(MessageRef ref, boolean important);

  /** True when the message is stored and marked important. */
  boolean isImportant(MessageRef ref);

  /**
   * How many messages {@link #deleteBefore} would delete with no limit: those sent before {@code
   * cutoff} that are not important.
   *
   * @param chat one chat, or null for every chat
   */
  long countBefore(ChatId chat, Instant cutoff);

  /**
   * Deletes up to {@code limit} messages sent before {@code cutoff} that are not important, oldest
   * first within a chat. Call it again until it returns 0.
   *
   * @param chat one chat, or null for every chat (in no particular order across chats)
   * @return how many were deleted, at most {@code limit}
   */
  int deleteBefore(ChatId chat, Instant cutoff, int limit);

  /**
   * Deletes the chat's oldest messages that are not important while it holds more than {@code keep}
   * messages, at most {@code limit} of them. Important messages count toward {@code keep} but are
   * never deleted. Call it again until it returns 0.
   *
   * @return how many were deleted, at most {@code limit}
   */
  int trim(ChatId chat, long keep, int limit);

  /**
   * Moves every message of the old group to the supergroup it became, as {@link
   * ChatMigration#moved(ChatMessage)} maps it: message id, reply target and forum topic become
   * {@link ChatMigration#MOVED_ID_BASE} + the old id, so they never collide with the supergroup's
   * own messages and reply chains still resolve; text, edits, authors and the important mark stay.
   * Afterwards {@code from} holds nothing.
   *
   * <p>Idempotent: a second call finds nothing to move and changes nothing; a message written to
   * {@code from} after a move is moved by the next call. All or nothing: a failure, such as an id
   * that cannot be mapped (not below {@link ChatMigration#MOVED_ID_BASE}), moves nothing. A message
   * whose moved ref is already stored (a duplicate written to {@code from} after it was moved once)
   * is not stored twice: the copy moved first stays.
   *
   * @return how many messages left {@code from}
   */
  long move(ChatMigration migration);
}
