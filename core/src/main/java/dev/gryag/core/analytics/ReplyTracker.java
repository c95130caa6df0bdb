package dev.gryag.core.analytics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Resolves replies to their targets and counts who replies to whom and how fast. */
final class ReplyTracker {

  /** How many message ids back a reply can find its target. */
  static final int WINDOW = 200_000;

  private final RecentMessages recent = new RecentMessages(WINDOW);
  private final Map<Long, long[]> pairs = new HashMap<>();
  private final MedianEstimator responseSeconds = new MedianEstimator();
  private long replies;
  private long resolved;
  private long toOtherChats;

  void newChat() {
    recent.clear();
  }

  /** Counts {@code message}, a reply by {@code author}; {@code members} by index. */
  void reply(HistoryMessage message, MemberTally author, List<MemberTally> members) {
    replies++;
    author.repliesSent++;
    if (message.replyToOtherChat()) {
      toOtherChats++;
      return;
    }
    RecentMessages.Remembered target = recent.find(message.replyToId());
    if (target == null) {
      return;
    }
    resolved++;
    if (target.member() == author.index) {
      return;
    }
    members.get(target.member()).repliesReceived++;
    long key = ((long) author.index << 32) | target.member();
    pairs.computeIfAbsent(key, k -> new long[1])[0]++;
    long delay = message.sentAt().getEpochSecond() - target.epochSecond();
    if (delay >= 0) {
      responseSeconds.add(delay);
      author.responded(delay);
    }
  }

  void remember(HistoryMessage message, MemberTally author) {
    recent.remember(message.id(), author.index, message.sentAt().getEpochSecond());
  }

  ReplySummary report(List<MemberTally> members) {
    List<ReplyPair> list = new ArrayList<>(pairs.size());
    pairs.forEach((key, count) ->
        list.add(
            new ReplyPair(
                members.get((int) (key >>> 32)).sender(),
                members.get((int) (key & 0xffff_ffffL)).sender(),
                count[0])));
    list.sort(
        Comparator.comparingLong(ReplyPair::count)
            .reversed()
            .thenComparing(pair -> pair.from().displayName())
            .thenComparing(pair -> pair.to().displayName()));
    return new ReplySummary(
        replies,
        resolved,
        toOtherChats,
        responseSeconds.count(),
        responseSeconds.count() == 0 ? null : MemberTally.seconds(responseSeconds.median()),
        list);
  }
}
