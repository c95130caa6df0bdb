package dev.gryag.core.limits;

import java.time.Duration;
import java.time.Instant;

/** One token bucket; not thread-safe: {@link RateLimiter} guards it. */
final class TokenBucket {

  private final Limit limit;
  private double tokens;
  private Instant refilledAt;
  private Instant noticedAt;

  TokenBucket(Limit limit, Instant now) {
    this.limit = limit;
    this.tokens = limit.burst();
    this.refilledAt = now;
  }

  /** Refills for the time elapsed and tells whether a whole token is there. */
  boolean available(Instant now) {
    if (now.isAfter(refilledAt)) {
      double elapsed = Duration.between(refilledAt, now).toNanos() / 1e9;
      tokens = Math.min(limit.burst(), tokens + elapsed / limit.secondsPerPermit());
      refilledAt = now;
    }
    return tokens >= 1;
  }

  void take() {
    tokens -= 1;
  }

  Duration untilAvailable() {
    double seconds = (1 - tokens) * limit.secondsPerPermit();
    return Duration.ofNanos((long) Math.ceil(Math.max(0, seconds) * 1e9));
  }

  /** True at most once per window: whether this refusal should be told to the requester. */
  boolean shouldNotify(Instant now) {
    if (noticedAt != null && now.isBefore(noticedAt.plus(limit.window()))) {
      return false;
    }
    noticedAt = now;
    return true;
  }

  /** True when the bucket is full and no notice window is open: it can be forgotten. */
  boolean idle(Instant now) {
    return available(now)
        && tokens >= limit.burst()
        && (noticedAt == null || !now.isBefore(noticedAt.plus(limit.window())));
  }
}
