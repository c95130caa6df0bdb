package dev.gryag.core.personalization;

import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatMigration;
import dev.gryag.core.model.MessageRef;
import dev.gryag.core.model.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Keeps the {@link Fact facts} about each member of each chat: at most one fact per key.
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>A fact is identified by chat, member and key. Values come back equal to what was stored.
 *   <li>{@link #update} is atomic per chat, member and key: concurrent updates of one fact are
 *       serialised and none is lost. The change function is pure and may be called more than once.
 *   <li>"Fading" uses the stored confidence decayed to {@code now} exactly as {@link
 *       Fact#confidenceAt} does: {@code confidence × 2^(−seconds(now − lastConfirmed) /
 *       seconds(halfLife))}, no decay when {@code lastConfirmed} is after {@code now}.
 *   <li>Empty means "nothing known": lists are empty, finds return {@link Optional#empty()}.
 *   <li>Thread-safe. Storage failures throw {@link dev.gryag.core.StoreException}; arguments are
 *       never null.
 * </ul>
 */
public interface FactStore {

  /**
   * The member's facts in the chat: highest stored confidence first, then most recently confirmed,
   * then by key.
   */
  List<Fact> facts(ChatId chat, UserId member);

  /** The member's fact under {@code key}, if any. */
  Optional<Fact> find(ChatId chat, UserId member, String key);

  /**
   * Atomically replaces the member's fact under {@code key} by {@code change} applied to the
   * current one (empty when none): an empty result deletes it. Returns what is stored afterwards.
   *
   * @throws IllegalArgumentException when {@code change} returns a fact of another chat, member or
   *     key
   */
  Optional<Fact> update(
      ChatId chat, UserId member, String key, UnaryOperator<Optional<Fact>> change);

  /** Deletes the member's fact under {@code key}; true when there was one. Idempotent. */
  boolean delete(ChatId chat, UserId member, String key);

  /** Deletes every fact about the member in the chat; returns how many. Idempotent. */
  int deleteAll(ChatId chat, UserId member);

  /** True when some fact names {@code message} as its source: retention must keep that message. */
  boolean isEvidence(MessageRef message);

  /** How many facts, over all chats, have faded below {@code floor} at {@code now}. */
  long countFading(Instant now, Duration halfLife, double floor);

  /**
   * Deletes up to {@code limit} facts that have faded below {@code floor} at {@code now}, least
   * recently confirmed first, and returns how many it deleted. A fact confirmed concurrently so
   * that it no longer fades is not deleted.
   *
   * @throws IllegalArgumentException when {@code limit} is not positive
   */
  int deleteFading(Instant now, Duration halfLife, double floor, int limit);

  /**
   * Moves every fact of the old group to the supergroup it became; a fact's source message is
   * mapped by {@link ChatMigration#moved(MessageRef)}, so {@link #isEvidence} keeps protecting the
   * moved message. Where the member already has a fact under the same key in {@code to}, the more
   * recently confirmed one stays and the other goes; on a tie the one in {@code to} stays.
   * Afterwards {@code from} holds no fact.
   *
   * <p>Idempotent: a second call finds nothing to move and changes nothing. On a database one
   * transaction: a failure moves nothing.
   *
   * @return how many facts left {@code from} (moved, or resolved against the one in {@code to})
   */
  int move(ChatMigration migration);
}
