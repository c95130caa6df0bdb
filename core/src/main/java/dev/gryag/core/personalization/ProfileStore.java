package dev.gryag.core.personalization;

import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatMigration;
import dev.gryag.core.model.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Keeps one {@link MemberProfile} per chat and member.
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>Profiles are identified by chat and member; a member's profiles in different chats are
 *       independent. Values come back equal to what was stored ({@code equals}).
 *   <li>{@link #update} is atomic per chat and member: concurrent updates of one profile are
 *       serialised and none is lost; updates of different profiles do not wait for each other for
 *       long. The change function is pure and may be called more than once (on a retry).
 *   <li>Empty means "no profile": {@link #find} returns {@link Optional#empty()}, lists are empty.
 *   <li>Thread-safe. Storage failures throw {@link dev.gryag.core.StoreException}; arguments are
 *       never null.
 * </ul>
 */
public interface ProfileStore {

  /** The member's profile in the chat, if any. */
  Optional<MemberProfile> find(ChatId chat, UserId member);

  /**
   * Atomically replaces the member's profile by {@code change} applied to the current one (empty
   * when none): an empty result deletes it (or leaves it absent). Returns what is stored
   * afterwards.
   *
   * @throws IllegalArgumentException when {@code change} returns a profile of another chat or
   *     member
   */
  Optional<MemberProfile> update(
      ChatId chat, UserId member, UnaryOperator<Optional<MemberProfile>> change);

  /**
   * The profile in the chat whose current username ({@link NameHistory#username()}) equals {@code
   * username} ignoring case and a leading {@code @}; when several members used it, the one seen
   * most recently.
   */
  Optional<MemberProfile> findByUsername(ChatId chat, String username);

  /** Every profile of the chat, ordered by member id. */
  List<MemberProfile> profiles(ChatId chat);

  /** Deletes the member's profile in the chat; true when there was one. Idempotent. */
  boolean delete(ChatId chat, UserId member);

  /** How many profiles, over all chats, were last seen before {@code lastSeenBefore}. */
  long countLastSeenBefore(Instant lastSeenBefore);

  /**
   * Deletes up to {@code limit} profiles last seen before {@code lastSeenBefore}, least recently
   * seen first, and returns how many it deleted. A profile updated concurrently to a later {@code
   * lastSeen} is not deleted.
   *
   * @throws IllegalArgumentException when {@code limit} is not positive
   */
  int deleteLastSeenBefore(Instant lastSeenBefore, int limit);

  /**
   * Moves every profile of the old group to the supergroup it became; the profile's newest message
   * id is mapped by {@link ChatMigration#movedMessageId}. Where the member already has a profile in
   * {@code to} (they wrote there before the move), the profile with the longer history (more
   * messages) stays and the other goes; on a tie the one in {@code to} stays. Afterwards {@code
   * from} holds no profile.
   *
   * <p>Idempotent: a second call finds nothing to move and changes nothing. On a database one
   * transaction: a failure moves nothing.
   *
   * @return how many profiles left {@code from} (moved, or resolved against the one in {@code to})
   */
  int move(ChatMigration migration);
}
