package dev.gryag.core.forgetting;

import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * The mark a forgotten member leaves: who was forgotten, where and as of when. It holds nothing
 * about them but their id, so it is kept for good, and everything of theirs dated no later than it
 * stays out of the store wherever it comes from.
 *
 * @param member who was forgotten
 * @param chat the chat they were forgotten in, or null when they were forgotten in every chat
 * @param at the moment they asked (for {@code /forget}, the command's own time): what is dated no
 *     later is theirs from before
 */
public record Tombstone(UserId member, ChatId chat, Instant at) {

  public Tombstone {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(at, "at");
  }

  /** The member forgotten in every chat at {@code at}. */
  public static Tombstone everywhere(UserId member, Instant at) {
    return new Tombstone(member, null, at);
  }

  /** True when it applies in {@code where}: it names that chat, or every chat. */
  public boolean covers(ChatId where) {
    return chat == null || chat.equals(where);
  }

  /**
   * True when it keeps out what the member wrote (or was known by) in {@code where} at {@code
   * time}.
   */
  public boolean buries(ChatId where, Instant time) {
    return covers(where) && !time.isAfter(at);
  }
}
