package dev.gryag.core.conversation;

import static dev.gryag.core.conversation.Harness.ALICE;
import static dev.gryag.core.conversation.Harness.BOB;
import static dev.gryag.core.conversation.Harness.BOT;
import static dev.gryag.core.conversation.Harness.GROUP;
import static dev.gryag.core.conversation.Harness.PRIVATE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gryag.core.llm.LanguageModelException;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.settings.Trigger;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A question the bot decided to answer survives a crash between storing it and answering it. */
class PendingAnswersTest {

  private final Harness harness = new Harness();

  private Accepted accept(ChatMessage message) {
    return harness
        .service()
        .accept(IncomingMessage.of(message.chatId().equals(GROUP.id()) ? GROUP : PRIVATE, message));
  }

  @Test
  void an_addressed_message_is_stored_with_a_pending_answer_that_the_answer_clears() {
    Accepted accepted = accept(harness.mention(GROUP, ALICE, BOT.username(), "котра година?"));

    assertThat(accepted.awaitsAnswer()).isTrue();
    assertThat(harness.pending.oldest(10))
        .singleElement()
        .satisfies(p -> {
          assertThat(p.reason()).isEqualTo(Trigger.MENTION);
          assertThat(p.chat()).isEqualTo(GROUP);
          assertThat(p.deadline()).isEqualTo(Harness.T0.plus(Duration.ofMinutes(10)));
        });

    assertThat(harness.service().respond(accepted)).isInstanceOf(Outcome.Replied.class);
    assertThat(harness.pending.oldest(10)).isEmpty();
  }

  @Test
  void small_talk_owes_no_answer() {
    Accepted accepted = accept(harness.message(GROUP, BOB, "просто балачка"));

    assertThat(accepted.awaitsAnswer()).isFalse();
    assertThat(harness.pending.oldest(10)).isEmpty();
  }

  @Test
  void a_built_in_command_is_owed_an_answer_too() {
    Accepted accepted = accept(harness.message(GROUP, ALICE, "/facts"));

    assertThat(accepted.awaitsAnswer()).isTrue();
    assertThat(harness.pending.oldest(1).getFirst().reason()).isEqualTo(Trigger.COMMAND);
    assertThat(harness.service().respond(accepted)).isInstanceOf(Outcome.CommandHandled.class);
    assertThat(harness.pending.oldest(10)).isEmpty();
  }

  @Test
  void an_answer_the_crash_cut_off_is_given_by_the_next_run_once() {
    ChatMessage question = harness.mention(GROUP, ALICE, BOT.username(), "ти тут?");
    accept(question); // the process dies before respond
    harness.clock.advance(Duration.ofMinutes(3));

    Resumption resumption = harness.service().resume(100);

    assertThat(resumption.dropped()).isZero();
    assertThat(resumption.answers())
        .singleElement()
        .satisfies(a -> assertThat(a.chat()).isEqualTo(GROUP.id()));
    Outcome outcome = harness.service().respond(resumption.answers().getFirst());
    assertThat(outcome).isInstanceOf(Outcome.Replied.class);
    assertThat(harness.sender.sent)
        .singleElement()
        .satisfies(m -> assertThat(m.replyToMessageId()).isEqualTo(question.messageId()));
    assertThat(harness.service().resume(100).answers()).isEmpty();
  }

  @Test
  void a_resumed_answer_is_not_ignored_as_stale() {
    harness.config =
        ConversationConfig.DEFAULTS.withPolicy(
            harness.config.policy().withStaleAfter(Duration.ofMinutes(1)));
    accept(harness.mention(GROUP, ALICE, BOT.username(), "ти тут?"));
    harness.clock.advance(Duration.ofMinutes(5));

    Accepted resumed = harness.service().resume(100).answers().getFirst();

    assertThat(harness.service().respond(resumed)).isInstanceOf(Outcome.Replied.class);
  }

  @Test
  void an_answer_past_its_deadline_is_dropped_and_counted() {
    accept(harness.mention(GROUP, ALICE, BOT.username(), "давнє питання"));
    harness.clock.advance(Duration.ofMinutes(11));
    accept(harness.mention(GROUP, BOB, BOT.username(), "свіже питання"));

    Resumption resumption = harness.service().resume(100);

    assertThat(resumption.dropped()).isOne();
    assertThat(resumption.answers()).hasSize(1);
    assertThat(harness.pending.oldest(10)).hasSize(1);
  }

  @Test
  void a_pending_answer_whose_message_is_gone_is_dropped() {
    ChatMessage question = harness.mention(GROUP, ALICE, BOT.username(), "забудь мене");
    accept(question);
    harness.messages.eraseAuthor(GROUP.id(), ALICE.id());

    Resumption resumption = harness.service().resume(100);

    assertThat(resumption.answers()).isEmpty();
    assertThat(resumption.dropped()).isOne();
    assertThat(harness.pending.oldest(10)).isEmpty();
  }

  @Test
  void an_answer_interrupted_by_shutdown_stays_pending() {
    harness.model.fails(
        new LanguageModelException(LanguageModelException.Kind.INTERRUPTED, "test", "stopping"));
    Accepted accepted = accept(harness.mention(GROUP, ALICE, BOT.username(), "встигнеш?"));

    Outcome outcome = harness.service().respond(accepted);

    assertThat(outcome)
        .isEqualTo(
            new Outcome.Unanswered(Trigger.MENTION, Outcome.Unanswered.Failure.INTERRUPTED, false));
    assertThat(harness.pending.oldest(10)).hasSize(1);
    assertThat(harness.sender.sent).isEmpty();
  }

  @Test
  void a_failed_model_with_a_fallback_line_settles_the_answer() {
    harness.model.fails(
        new LanguageModelException(LanguageModelException.Kind.UNAVAILABLE, "test", "down"));
    Accepted accepted = accept(harness.mention(GROUP, ALICE, BOT.username(), "ну?"));

    harness.service().respond(accepted);

    assertThat(harness.pending.oldest(10)).isEmpty();
  }

  @Test
  void a_redelivery_after_the_crash_is_a_duplicate_and_the_answer_is_given_once() {
    ChatMessage question = harness.mention(GROUP, ALICE, BOT.username(), "двічі?");
    accept(question);

    Accepted again = accept(question);
    assertThat(again.isSettled()).isTrue();
    for (Accepted resumed : harness.service().resume(100).answers()) {
      harness.service().respond(resumed);
    }

    assertThat(harness.sender.sent).hasSize(1);
  }
}
