package dev.gryag.core.cleanup;

import dev.gryag.core.forgetting.MemberMentions;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.UserId;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The chat summaries as {@link MemberMentions}: when a member is forgotten, every summary of the
 * chat that speaks of them goes — one whose covered messages include theirs (compaction records the
 * authors), or whose text names them by a name they were known by ({@link NameMentions}), which
 * also catches what others said about them and summaries written before authors were recorded.
 *
 * <p>A summary goes whole, with the other members' gist: it cannot be written again from what
 * remains, since compaction writes it just before deleting the messages it covers. Losing some
 * context is the lesser harm.
 */
public final class SummaryForgetting implements MemberMentions {

  private final ChatSummaryStore store;

  public SummaryForgetting(ChatSummaryStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  @Override
  public List<ChatId> chats() {
    return store.chats();
  }

  @Override
  public long drop(ChatId chat, UserId member, Set<String> names) {
    Objects.requireNonNull(member, "member");
    NameMentions named = NameMentions.of(names);
    return store.deleteIf(
        chat, summary -> summary.authors().contains(member) || named.foundIn(summary.text()));
  }
}
