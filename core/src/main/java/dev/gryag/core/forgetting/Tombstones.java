package dev.gryag.core.forgetting;

import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.UserId;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps the {@link Tombstone tombstones} of forgotten members, for good (retention never deletes
 * them: they hold nothing but an id and a time).
 *
 * <p>Contract: a tombstone is identified by member and scope (one chat, or every chat); adding one
 * for a scope that has one keeps the later time, so adding is idempotent and a member forgotten
 * again is forgotten up to the later moment. A tombstone of every chat applies in each chat, and
 * where two apply the later one counts. Empty means never forgotten. Thread-safe; storage failures
 * throw {@link dev.gryag.core.StoreException}.
 */
public interface Tombstones {

  /** Records the tombstone (or moves a same-scoped one's time forward to it). */
  void add(Tombstone tombstone);

  /**
   * The member's tombstone that counts in {@code chat}: the later of the chat's own and the one of
   * every chat; empty when the member was never forgotten there.
   */
  Optional<Tombstone> find(ChatId chat, UserId member);

  /** Every member forgotten in {@code chat}, with the tombstone that counts (see {@link #find}). */
  Map<UserId, Tombstone> forgottenIn(ChatId chat);
}
