package dev.gryag.core.forgetting;

import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.UserId;
import java.util.List;
import java.util.Set;

/**
 * Text the bot keeps beyond messages and profiles that may speak of members — the chat summaries
 * compaction writes ({@code dev.gryag.core.cleanup.SummaryForgetting}) — and that must go when a
 * member it speaks of is forgotten. {@link #NONE} keeps no such text.
 *
 * <p>Contract: thread-safe; {@link #drop} is idempotent (a second call finds nothing more); storage
 * failures throw {@link dev.gryag.core.StoreException}.
 */
public interface MemberMentions {

  /** The chats that hold such text, so that forgetting a member everywhere looks in each. */
  List<ChatId> chats();

  /**
   * Drops what in {@code chat} mentions the member: what was made from their messages, or names
   * them by one of {@code names} (the display names, usernames and preferred name they were known
   * by, collected before their profile went).
   *
   * @return how many items went
   */
  long drop(ChatId chat, UserId member, Set<String> names);

  /** Keeps no text about members: nothing to drop. */
  MemberMentions NONE =
      new MemberMentions() {
        @Override
        public List<ChatId> chats() {
          return List.of();
        }

        @Override
        public long drop(ChatId chat, UserId member, Set<String> names) {
          return 0;
        }
      };
}
