package dev.gryag.core.conversation;

import static dev.gryag.core.conversation.Harness.ALICE;
import static dev.gryag.core.conversation.Harness.BOB;
import static dev.gryag.core.conversation.Harness.GROUP;
import static dev.gryag.core.conversation.Harness.PRIVATE;
import static dev.gryag.core.conversation.Harness.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.gryag.core.analyzer.Analysis;
import dev.gryag.core.conversation.Outcome.Ignored.Reason;
import dev.gryag.core.llm.LanguageModelException;
import dev.gryag.core.model.Chat;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatKind;
import dev.gryag.core.model.UserId;
import dev.gryag.core.settings.ReplyPolicy;
import dev.gryag.core.settings.Trigger;
import java.time.Duration;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** When the bot chimes in unasked: chances, engagement, conflict, silence and the hourly cap. */
class UnsolicitedRepliesTest {

  private final Harness harness = new Harness();

  @Test
  void a_draw_under_the_random_chance_makes_the_bot_chime_in() {
    harness.random.set(0.01);

    Outcome outcome = harness.in(GROUP, ALICE, "сьогодні дощ");

    assertThat(outcome).extracting("trigger").isEqualTo(Trigger.RANDOM);
    assertThat(harness.sender.sent).hasSize(1);
  }

  @Test
  void a_draw_over_every_chance_keeps_the_bot_quiet() {
    harness.random.set(0.5);

    assertThat(harness.in(GROUP, ALICE, "сьогодні дощ"))
        .isEqualTo(new Outcome.Ignored(Reason.NOT_ADDRESSED));
    assertThat(harness.model.requests).isEmpty();
  }

  @Test
  void an_engaging_message_on_a_favourite_topic_gets_a_smart_reply() {
    harness.analyses.put("футбол учора", Analyses.onTopic("sport"));
    harness.analyses.put("і футбол сьогодні", Analyses.onTopic("sport"));
    harness.analyses.put("хто виграє футбол?!", Analyses.engaging("sport"));
    harness.in(GROUP, BOB, "футбол учора");
    harness.in(GROUP, BOB, "і футбол сьогодні");
    harness.random.set(0.2);

    assertThat(harness.in(GROUP, ALICE, "хто виграє футбол?!"))
        .extracting("trigger")
        .isEqualTo(Trigger.SMART);
  }

  @Test
  void the_same_draw_leaves_a_dull_message_alone() {
    harness.analyses.put("ок", Analyses.question());
    harness.random.set(0.2);

    assertThat(harness.in(GROUP, ALICE, "ок")).isEqualTo(new Outcome.Ignored(Reason.NOT_ADDRESSED));
  }

  @Test
  void conversation_momentum_lifts_a_message_over_the_threshold() {
    Analysis strongQuestion =
        Analyses.of(true, 0.8, dev.gryag.core.analyzer.Emotion.JOY, java.util.Set.of());
    harness.analyses.put("а ви як думаєте?!", strongQuestion);
    harness.random.set(0.2);
    assertThat(harness.in(GROUP, ALICE, "а ви як думаєте?!"))
        .isEqualTo(new Outcome.Ignored(Reason.NOT_ADDRESSED));

    harness.random.set(0.99);
    for (int i = 0; i < 7; i++) {
      harness.in(GROUP, i % 2 == 0 ? BOB : ALICE, "балачки " + i);
    }
    harness.random.set(0.2);

    assertThat(harness.in(GROUP, ALICE, "а ви як думаєте?!"))
        .extracting("trigger")
        .isEqualTo(Trigger.SMART);
  }

  @Test
  void the_bot_never_chimes_into_a_heated_exchange() {
    harness.analyses.put("ти дурень", Analyses.hostile());
    harness.analyses.put("сам такий", Analyses.hostile());
    harness.in(GROUP, ALICE, "ти дурень");
    harness.in(GROUP, BOB, "сам такий");
    harness.in(GROUP, ALICE, "ти дурень");
    harness.random.set(0.01);

    assertThat(harness.in(GROUP, BOB, "ну все")).isEqualTo(new Outcome.Ignored(Reason.CONFLICT));

    harness.clock.advance(Duration.ofMinutes(11));
    assertThat(harness.in(GROUP, BOB, "ну все")).extracting("trigger").isEqualTo(Trigger.RANDOM);
  }

  @Test
  void one_angry_member_alone_is_no_conflict() {
    harness.analyses.put("жах", Analyses.hostile());
    for (int i = 0; i < 3; i++) {
      harness.in(GROUP, ALICE, "жах");
    }
    harness.random.set(0.01);

    assertThat(harness.in(GROUP, BOB, "що сталося?"))
        .extracting("trigger")
        .isEqualTo(Trigger.RANDOM);
  }

  @Test
  void the_bot_keeps_quiet_for_the_minimum_silence_after_it_spoke() {
    harness.in(GROUP, ALICE, "гряг, привіт");
    harness.clock.advance(Duration.ofMinutes(9));
    harness.random.set(0.01);

    assertThat(harness.in(GROUP, BOB, "тиша")).isEqualTo(new Outcome.Ignored(Reason.SILENCE));

    harness.clock.advance(Duration.ofMinutes(1));
    assertThat(harness.in(GROUP, BOB, "тиша")).extracting("trigger").isEqualTo(Trigger.RANDOM);
  }

  @Test
  void unsolicited_replies_are_capped_per_hour_per_chat() {
    harness.config =
        harness.config.withPolicy(ReplyPolicy.DEFAULTS.withUnsolicitedLimits(Duration.ZERO, 2));
    harness.random.set(0.01);
    harness.in(GROUP, ALICE, "раз");
    harness.clock.advance(Duration.ofMinutes(20));
    harness.in(GROUP, ALICE, "два");
    harness.clock.advance(Duration.ofMinutes(20));

    assertThat(harness.in(GROUP, ALICE, "три")).isEqualTo(new Outcome.Ignored(Reason.HOURLY_CAP));
    assertThat(harness.in(GROUP, ALICE, "гряг, а мені?")).isInstanceOf(Outcome.Replied.class);

    harness.clock.advance(Duration.ofMinutes(21));
    assertThat(harness.in(GROUP, ALICE, "чотири")).extracting("trigger").isEqualTo(Trigger.RANDOM);
  }

  @Test
  void a_private_chat_never_gets_unsolicited_replies() {
    harness.config =
        harness.config.withPolicy(
            ReplyPolicy.DEFAULTS.withTriggers(EnumSet.of(Trigger.MENTION, Trigger.RANDOM)));
    harness.random.set(0.0);

    assertThat(harness.in(PRIVATE, ALICE, "привіт"))
        .isEqualTo(new Outcome.Ignored(Reason.NOT_ADDRESSED));
  }

  @Test
  void a_channel_never_gets_unsolicited_replies() {
    Chat channel = new Chat(ChatId.of(-100_900), ChatKind.CHANNEL, "Новини", false);
    harness.random.set(0.0);

    Outcome outcome =
        harness.handle(IncomingMessage.of(channel, harness.message(channel, ALICE, "пост")));

    assertThat(outcome).isEqualTo(new Outcome.Ignored(Reason.NOT_ADDRESSED));
  }

  @Test
  void a_failed_unsolicited_reply_stays_quiet() {
    harness.model.fails(
        new LanguageModelException(LanguageModelException.Kind.TRANSIENT, "gemini", "503"));
    harness.random.set(0.01);

    assertThat(harness.in(GROUP, ALICE, "хм"))
        .isEqualTo(
            new Outcome.Unanswered(Trigger.RANDOM, Outcome.Unanswered.Failure.MODEL_FAILED, false));
    assertThat(harness.sender.sent).isEmpty();
  }

  @Test
  void the_engagement_score_adds_its_parts() {
    ChatPulse pulse = new ChatPulse();
    assertThat(UnsolicitedReplies.engagement(Analysis.EMPTY, pulse, T0)).isZero();
    assertThat(UnsolicitedReplies.engagement(Analyses.question(), pulse, T0))
        .isCloseTo(0.35, within(1e-9));

    for (int i = 0; i < 3; i++) {
      pulse.record(T0, UserId.of(i + 1), Analyses.onTopic("music"));
    }

    assertThat(UnsolicitedReplies.engagement(Analyses.engaging("music"), pulse, T0))
        .isCloseTo(0.35 + 0.20 + 0.25 + 3 * 0.025, within(1e-9));
    assertThat(
            UnsolicitedReplies.engagement(
                Analyses.engaging("music"), pulse, T0.plus(Duration.ofMinutes(6))))
        .isCloseTo(0.80, within(1e-9));
  }
}
