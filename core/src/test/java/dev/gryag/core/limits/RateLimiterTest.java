package dev.gryag.core.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.UserId;
import dev.gryag.core.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

  private static final ChatId CHAT = ChatId.of(-10);
  private static final ChatId OTHER_CHAT = ChatId.of(-20);
  private static final UserId ALICE = UserId.of(1);
  private static final UserId BOB = UserId.of(2);
  private static final Limit GENEROUS = Limit.perHour(10_000, 10_000);

  private final TestClock clock = new TestClock(Instant.parse("2025-03-01T12:00:00Z"));

  @Test
  void a_member_may_use_the_burst_at_once_then_waits_for_the_refill() {
    RateLimiter limiter = limiter(new RateLimits(Limit.perHour(6, 3), GENEROUS, GENEROUS));

    for (int i = 0; i < 3; i++) {
      assertThat(limiter.acquire(CHAT, ALICE)).isEqualTo(RateDecision.ALLOWED);
    }
    RateDecision fourth = limiter.acquire(CHAT, ALICE);

    assertThat(fourth)
        .isEqualTo(
            new RateDecision.Limited(RateDecision.Scope.MEMBER, Duration.ofMinutes(10), true));
    clock.advance(Duration.ofMinutes(10));
    assertThat(limiter.acquire(CHAT, ALICE)).isEqualTo(RateDecision.ALLOWED);
    assertThat(limiter.acquire(CHAT, ALICE)).isInstanceOf(RateDecision.Limited.class);
  }

  @Test
  void the_limit_is_per_member_across_chats() {
    RateLimiter limiter = limiter(new RateLimits(Limit.perHour(1, 1), GENEROUS, GENEROUS));

    assertThat(limiter.acquire(CHAT, ALICE)).isEqualTo(RateDecision.ALLOWED);
    assertThat(limiter.acquire(OTHER_CHAT, ALICE)).isInstanceOf(RateDecision.Limited.class);
    assertThat(limiter.acquire(CHAT, BOB)).isEqualTo(RateDecision.ALLOWED);
  }

  @Test
  void a_limited_member_is_told_once_per_window_then_silence() {
    RateLimiter limiter = limiter(new RateLimits(Limit.perHour(1, 1), GENEROUS, GENEROUS));
    limiter.acquire(CHAT, ALICE);

    assertThat(tell(limiter.acquire(CHAT, ALICE))).isTrue();
    clock.advance(Duration.ofMinutes(30));
    assertThat(tell(limiter.acquire(CHAT, ALICE))).isFalse();
    clock.advance(Duration.ofMinutes(29));
    assertThat(tell(limiter.acquire(CHAT, ALICE))).isFalse();
  }

  @Test
  void after_a_window_a_member_still_limited_is_told_again() {
    RateLimiter limiter =
        limiter(new RateLimits(new Limit(1, Duration.ofMinutes(10), 1), GENEROUS, GENEROUS));
    limiter.acquire(CHAT, ALICE);
    assertThat(tell(limiter.acquire(CHAT, ALICE))).isTrue();

    clock.advance(Duration.ofMinutes(10));
    assertThat(limiter.acquire(CHAT, ALICE)).isEqualTo(RateDecision.ALLOWED);

    assertThat(tell(limiter.acquire(CHAT, ALICE))).isTrue();
  }

  @Test
  void the_chat_limit_covers_all_its_members() {
    RateLimiter limiter = limiter(new RateLimits(GENEROUS, Limit.perHour(2, 2), GENEROUS));

    assertThat(limiter.acquire(CHAT, ALICE)).isEqualTo(RateDecision.ALLOWED);
    assertThat(limiter.acquire(CHAT, BOB)).isEqualTo(RateDecision.ALLOWED);

    assertThat(limiter.acquire(CHAT, UserId.of(3)))
        .extracting(d -> ((RateDecision.Limited) d).scope())
        .isEqualTo(RateDecision.Scope.CHAT);
    assertThat(limiter.acquire(OTHER_CHAT, UserId.of(3))).isEqualTo(RateDecision.ALLOWED);
  }

  @Test
  void the_global_limit_covers_every_chat() {
    RateLimiter limiter = limiter(new RateLimits(GENEROUS, GENEROUS, Limit.perHour(2, 2)));

    limiter.acquire(CHAT, ALICE);
    limiter.acquire(OTHER_CHAT, BOB);

    assertThat(limiter.acquire(ChatId.of(-30), UserId.of(3)))
        .extracting(d -> ((RateDecision.Limited) d).scope())
        .isEqualTo(RateDecision.Scope.GLOBAL);
  }

  @Test
  void a_refused_request_costs_no_permit_anywhere() {
    RateLimiter limiter =
        limiter(new RateLimits(Limit.perHour(1, 1), Limit.perHour(2, 2), GENEROUS));
    limiter.acquire(CHAT, ALICE);

    for (int i = 0; i < 5; i++) {
      assertThat(limiter.acquire(CHAT, ALICE)).isInstanceOf(RateDecision.Limited.class);
    }

    assertThat(limiter.acquire(CHAT, BOB)).isEqualTo(RateDecision.ALLOWED);
  }

  @Test
  void buckets_of_members_gone_quiet_are_forgotten() {
    RateLimiter limiter = limiter(new RateLimits(Limit.perHour(60, 1), GENEROUS, GENEROUS));
    for (long id = 1; id <= 5000; id++) {
      limiter.acquire(CHAT, UserId.of(id));
    }
    clock.advance(Duration.ofHours(1));

    for (long id = 5001; id <= 9000; id++) {
      limiter.acquire(CHAT, UserId.of(id));
    }

    assertThat(limiter.trackedBuckets()).isLessThan(5000);
  }

  @Test
  void a_members_commands_take_ten_a_minute_from_their_own_bucket() {
    RateLimiter limiter = limiter(new RateLimits(Limit.perHour(1, 1), GENEROUS, GENEROUS));

    for (int i = 0; i < 10; i++) {
      assertThat(limiter.acquireCommand(ALICE)).isEqualTo(RateDecision.ALLOWED);
    }

    assertThat(limiter.acquireCommand(ALICE))
        .isEqualTo(
            new RateDecision.Limited(RateDecision.Scope.COMMANDS, Duration.ofSeconds(6), true));
    assertThat(tell(limiter.acquireCommand(ALICE))).isFalse();
    assertThat(limiter.acquireCommand(BOB)).isEqualTo(RateDecision.ALLOWED);
    assertThat(limiter.acquire(CHAT, ALICE)).isEqualTo(RateDecision.ALLOWED);
    assertThat(limiter.acquire(CHAT, ALICE)).isInstanceOf(RateDecision.Limited.class);
    clock.advance(Duration.ofSeconds(6));
    assertThat(limiter.acquireCommand(ALICE)).isEqualTo(RateDecision.ALLOWED);
  }

  @Test
  void buckets_of_members_whose_commands_went_quiet_are_forgotten() {
    RateLimiter limiter = limiter(RateLimits.DEFAULTS);
    for (long id = 1; id <= 5000; id++) {
      limiter.acquireCommand(UserId.of(id));
    }
    clock.advance(Duration.ofMinutes(1));

    for (long id = 5001; id <= 9000; id++) {
      limiter.acquireCommand(UserId.of(id));
    }

    assertThat(limiter.trackedBuckets()).isLessThan(5000);
  }

  @Test
  void a_limit_needs_positive_permits_burst_and_window() {
    assertThatThrownBy(() -> new Limit(0, Duration.ofHours(1), 1)).hasMessageContaining("permits");
    assertThatThrownBy(() -> new Limit(1, Duration.ZERO, 1)).hasMessageContaining("window");
  }

  private RateLimiter limiter(RateLimits limits) {
    return new RateLimiter(limits, clock);
  }

  private static boolean tell(RateDecision decision) {
    return ((RateDecision.Limited) decision).tellRequester();
  }
}
