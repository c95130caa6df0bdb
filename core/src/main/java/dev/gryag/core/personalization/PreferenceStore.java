package dev.gryag.core.personalization;

import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatMigration;
import dev.gryag.core.model.UserId;
import java.util.Optional;

/**
 * Keeps each member's {@link MemberPreferences} per chat. Retention never deletes them: an opt-out
 * must outlive everything else.
 *
 * <p>Contract: identified by chat and member; {@link #save} replaces (last write wins) and is
 * durable when it returns; values come back equal to what was saved; empty means no preference set.
 * Thread-safe. Storage failures throw {@link dev.gryag.core.StoreException}.
 */
public interface PreferenceStore {

  /** The member's preferences in the chat, if they set any. */
  Optional<MemberPreferences> find(ChatId chat, UserId member);

  /** Stores {@code preferences}, replacing the member's previous ones in that chat. */
  void save(MemberPreferences preferences);

  /** Deletes the member's preferences in the chat; true when there were some. Idempotent. */
  boolean delete(ChatId chat, UserId member);

  /**
   * Moves every member's preferences from the old group to the supergroup it became. Where the
   * member already set preferences in {@code to} (after the upgrade, so they are the newer wish),
   * those stay and the old ones go. Afterwards {@code from} holds none.
   *
   * <p>Idempotent: a second call finds nothing to move and changes nothing. On a database one
   * transaction: a failure moves nothing.
   *
   * @return how many members' preferences left {@code from} (moved, or superseded by {@code to}'s)
   */
  int move(ChatMigration migration);
}
