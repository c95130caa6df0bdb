package dev.gryag.core.limits;

import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Token-bucket rate limiting per member, per chat and overall, with one notice per window; and,
 * apart from those, of each member's commands.
 *
 * <p>A request takes one permit from each of the three buckets, or none when any is empty: a
 * refused request costs nothing. A command takes a permit from the member's command bucket only.
 * Thread-safe. Memory is bounded by the members and chats active within a window: buckets that
 * refilled completely are forgotten, since a new one is the same.
 */
public final class RateLimiter {

  private static final int SWEEP_FLOOR = 4096;

  private final RateLimits limits;
  private final Clock clock;
  private final Map<UserId, TokenBucket> members = new HashMap<>();
  private final Map<ChatId, TokenBucket> chats = new HashMap<>();
  private final Map<UserId, TokenBucket> commands = new HashMap<>();
  private final TokenBucket global;
  private int sweepAt = SWEEP_FLOOR;

  public RateLimiter(RateLimits limits, Clock clock) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.global = new TokenBucket(limits.global(), clock.instant());
  }

  /**
   * Takes a permit for a request of {@code member} in {@code chat}.
   *
   * @return {@link RateDecision#ALLOWED}, or which limit refused and whether to tell the requester
   */
  public synchronized RateDecision acquire(ChatId chat, UserId member) {
    Objects.requireNonNull(chat, "chat");
    Objects.requireNonNull(member, "member");
    Instant now = clock.instant();
    TokenBucket perMember = members.computeIfAbsent(member, m -> fresh(limits.perMember(), now));
    TokenBucket perChat = chats.computeIfAbsent(chat, c -> fresh(limits.perChat(), now));
    if (!perMember.available(now)) {
      return refused(RateDecision.Scope.MEMBER, perMember, now);
    }
    if (!perChat.available(now)) {
      return refused(RateDecision.Scope.CHAT, perChat, now);
    }
    if (!global.available(now)) {
      return refused(RateDecision.Scope.GLOBAL, global, now);
    }
    perMember.take();
    perChat.take();
    global.take();
    sweepIfLarge(now);
    return RateDecision.ALLOWED;
  }

  /**
   * Takes a permit for a built-in command of {@code member}, in any chat.
   *
   * @return {@link RateDecision#ALLOWED}, or {@link RateDecision.Scope#COMMANDS} and whether to
   *     tell the member (once per window)
   */
  public synchronized RateDecision acquireCommand(UserId member) {
    Objects.requireNonNull(member, "member");
    Instant now = clock.instant();
    TokenBucket bucket = commands.computeIfAbsent(member, m -> fresh(limits.commands(), now));
    if (!bucket.available(now)) {
      return refused(RateDecision.Scope.COMMANDS, bucket, now);
    }
    bucket.take();
    sweepIfLarge(now);
    return RateDecision.ALLOWED;
  }

  /** How many member and chat buckets are held: for tests of the memory bound and for metrics. */
  public synchronized int trackedBuckets() {
    return members.size() + chats.size() + commands.size();
  }

  private static TokenBucket fresh(Limit limit, Instant now) {
    return new TokenBucket(limit, now);
  }

  private static RateDecision refused(RateDecision.Scope scope, TokenBucket bucket, Instant now) {
    return new RateDecision.Limited(scope, bucket.untilAvailable(), bucket.shouldNotify(now));
  }

  private void sweepIfLarge(Instant now) {
    if (trackedBuckets() < sweepAt) {
      return;
    }
    members.values().removeIf(bucket -> bucket.idle(now));
    chats.values().removeIf(bucket -> bucket.idle(now));
    commands.values().removeIf(bucket -> bucket.idle(now));
    sweepAt = Math.max(SWEEP_FLOOR, 2 * trackedBuckets());
  }
}
