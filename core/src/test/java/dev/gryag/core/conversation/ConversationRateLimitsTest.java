package dev.gryag.core.conversation;

import static dev.gryag.core.conversation.Harness.ALICE;
import static dev.gryag.core.conversation.Harness.BOB;
import static dev.gryag.core.conversation.Harness.GROUP;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gryag.core.limits.Limit;
import dev.gryag.core.limits.RateDecision;
import dev.gryag.core.limits.RateLimits;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Rate limits as members meet them: one notice, then silence; admins pass. */
class ConversationRateLimitsTest {

  private final Harness harness = new Harness();

  @BeforeEach
  void limitMembersToSixAnHourWithABurstOfTwo() {
    harness.config =
        harness.config.withLimits(
            new RateLimits(
                Limit.perHour(6, 2), Limit.perHour(100, 100), Limit.perHour(1000, 1000)));
  }

  @Test
  void a_member_over_the_limit_gets_one_notice_then_silence() {
    harness.in(GROUP, ALICE, "гряг, раз");
    harness.in(GROUP, ALICE, "гряг, два");

    Outcome third = harness.in(GROUP, ALICE, "гряг, три");
    Outcome fourth = harness.in(GROUP, ALICE, "гряг, чотири");

    assertThat(third).isEqualTo(new Outcome.RateLimited(RateDecision.Scope.MEMBER, true));
    assertThat(fourth).isEqualTo(new Outcome.RateLimited(RateDecision.Scope.MEMBER, false));
    assertThat(harness.sender.texts())
        .hasSize(3)
        .last()
        .isEqualTo("Забагато запитів. Спробуй за 10 хв.");
    assertThat(harness.model.requests).hasSize(2);
  }

  @Test
  void the_limit_refills_with_time() {
    harness.in(GROUP, ALICE, "гряг, раз");
    harness.in(GROUP, ALICE, "гряг, два");
    harness.clock.advance(Duration.ofMinutes(10));

    assertThat(harness.in(GROUP, ALICE, "гряг, три")).isInstanceOf(Outcome.Replied.class);
  }

  @Test
  void one_members_limit_leaves_others_alone() {
    harness.in(GROUP, ALICE, "гряг, раз");
    harness.in(GROUP, ALICE, "гряг, два");

    assertThat(harness.in(GROUP, BOB, "гряг, а я?")).isInstanceOf(Outcome.Replied.class);
  }

  @Test
  void admins_and_operators_bypass_the_limits() {
    for (int i = 0; i < 4; i++) {
      Outcome outcome =
          harness.handle(
              IncomingMessage.of(GROUP, harness.message(GROUP, ALICE, "гряг " + i)).fromAdmin());
      assertThat(outcome).isInstanceOf(Outcome.Replied.class);
    }
    Harness operated = new Harness();
    operated.config = harness.config.withOperators(Set.of(BOB.id()));
    for (int i = 0; i < 4; i++) {
      assertThat(operated.in(GROUP, BOB, "гряг " + i)).isInstanceOf(Outcome.Replied.class);
    }
  }

  @Test
  void a_silent_notice_phrase_keeps_the_bot_quiet_when_limited() {
    harness.config = harness.config.withPhrases(Phrases.defaults().with(Phrase.RATE_LIMITED, ""));
    harness.in(GROUP, ALICE, "гряг, раз");
    harness.in(GROUP, ALICE, "гряг, два");

    assertThat(harness.in(GROUP, ALICE, "гряг, три"))
        .isEqualTo(new Outcome.RateLimited(RateDecision.Scope.MEMBER, false));
    assertThat(harness.sender.sent).hasSize(2);
  }
}
