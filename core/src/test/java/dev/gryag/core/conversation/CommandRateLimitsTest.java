package dev.gryag.core.conversation;

import static dev.gryag.core.conversation.Harness.ALICE;
import static dev.gryag.core.conversation.Harness.BOB;
import static dev.gryag.core.conversation.Harness.GROUP;
import static dev.gryag.core.conversation.Harness.OTHER_GROUP;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gryag.core.limits.Limit;
import dev.gryag.core.limits.RateDecision;
import dev.gryag.core.limits.RateLimits;
import dev.gryag.core.model.Author;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Built-in commands are rate-limited per member: ten a minute, one notice, then silence. */
class CommandRateLimitsTest {

  private static final Outcome NOTICE = new Outcome.RateLimited(RateDecision.Scope.COMMANDS, true);
  private static final Outcome SILENCE =
      new Outcome.RateLimited(RateDecision.Scope.COMMANDS, false);

  private final Harness harness = new Harness();

  @Test
  void a_member_runs_ten_commands_a_minute_then_gets_one_notice_then_silence() {
    for (int i = 0; i < 10; i++) {
      assertThat(harness.in(GROUP, ALICE, "/profile")).isInstanceOf(Outcome.CommandHandled.class);
    }

    assertThat(harness.in(GROUP, ALICE, "/profile")).isEqualTo(NOTICE);
    assertThat(harness.in(GROUP, ALICE, "/stats")).isEqualTo(SILENCE);
    assertThat(harness.in(GROUP, ALICE, "/help")).isEqualTo(SILENCE);
    assertThat(harness.sender.texts())
        .hasSize(11)
        .last()
        .isEqualTo("Забагато команд. Спробуй за 1 хв.");
  }

  @Test
  void permits_come_back_one_every_six_seconds_and_the_notice_once_the_window_passed() {
    exhaust(ALICE);
    assertThat(harness.in(GROUP, ALICE, "/stats")).isEqualTo(NOTICE);

    harness.clock.advance(Duration.ofSeconds(6));
    assertThat(harness.in(GROUP, ALICE, "/stats")).isInstanceOf(Outcome.CommandHandled.class);
    assertThat(harness.in(GROUP, ALICE, "/stats")).isEqualTo(SILENCE);

    harness.clock.advance(Duration.ofSeconds(54)); // the notice's minute is over; 9 permits back
    for (int i = 0; i < 9; i++) {
      assertThat(harness.in(GROUP, ALICE, "/stats")).isInstanceOf(Outcome.CommandHandled.class);
    }
    assertThat(harness.in(GROUP, ALICE, "/stats")).isEqualTo(NOTICE);
  }

  @Test
  void the_limit_is_per_member_across_chats() {
    exhaust(ALICE);

    assertThat(harness.in(OTHER_GROUP, ALICE, "/help")).isEqualTo(NOTICE);
    assertThat(harness.in(GROUP, BOB, "/help")).isInstanceOf(Outcome.CommandHandled.class);
  }

  @Test
  void commands_and_answers_are_counted_apart() {
    exhaust(ALICE);

    assertThat(harness.in(GROUP, ALICE, "гряг, привіт")).isInstanceOf(Outcome.Replied.class);
    for (int i = 0; i < 5; i++) {
      harness.in(GROUP, BOB, "гряг, " + i);
    }
    assertThat(harness.in(GROUP, BOB, "гряг, ще?")).isInstanceOf(Outcome.RateLimited.class);
    assertThat(harness.in(GROUP, BOB, "/help")).isInstanceOf(Outcome.CommandHandled.class);
  }

  @Test
  void a_refused_admin_command_counts_too() {
    for (int i = 0; i < 10; i++) {
      harness.in(GROUP, ALICE, "/persona Ти пірат.");
    }

    assertThat(harness.in(GROUP, ALICE, "/persona Ти пірат.")).isEqualTo(NOTICE);
  }

  @Test
  void admins_of_the_group_and_owners_are_not_limited() {
    harness.administrators = new InMemoryChatAdministrators().appoint(GROUP.id(), ALICE.id());
    harness.config = harness.config.withOperators(Set.of(BOB.id()));

    for (int i = 0; i < 15; i++) {
      assertThat(harness.in(GROUP, ALICE, "/stats")).isInstanceOf(Outcome.CommandHandled.class);
      assertThat(harness.in(OTHER_GROUP, BOB, "/stats")).isInstanceOf(Outcome.CommandHandled.class);
    }
  }

  @Test
  void the_configured_rate_applies() {
    harness.config =
        harness.config.withLimits(RateLimits.DEFAULTS.withCommands(Limit.perMinute(2)));

    harness.in(GROUP, ALICE, "/help");
    harness.in(GROUP, ALICE, "/help");

    assertThat(harness.in(GROUP, ALICE, "/help")).isEqualTo(NOTICE);
  }

  @Test
  void a_silent_notice_phrase_keeps_the_bot_quiet_when_limited() {
    harness.config =
        harness.config.withPhrases(Phrases.defaults().with(Phrase.COMMANDS_LIMITED, ""));
    exhaust(ALICE);

    assertThat(harness.in(GROUP, ALICE, "/help")).isEqualTo(SILENCE);
    assertThat(harness.sender.sent).hasSize(10);
  }

  private void exhaust(Author member) {
    for (int i = 0; i < 10; i++) {
      assertThat(harness.in(GROUP, member, "/help")).isInstanceOf(Outcome.CommandHandled.class);
    }
  }
}
