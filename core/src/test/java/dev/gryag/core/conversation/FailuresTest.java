package dev.gryag.core.conversation;

import static dev.gryag.core.conversation.Harness.ALICE;
import static dev.gryag.core.conversation.Harness.GROUP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gryag.core.StoreException;
import dev.gryag.core.context.InMemoryMessageStore;
import dev.gryag.core.context.MessageStore;
import dev.gryag.core.conversation.Outcome.Unanswered.Failure;
import dev.gryag.core.llm.Completion;
import dev.gryag.core.llm.LanguageModelException;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.ChatMigration;
import dev.gryag.core.model.MessageRef;
import dev.gryag.core.model.Role;
import dev.gryag.core.settings.Trigger;
import java.lang.reflect.Proxy;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What happens when the model, the sender or a store fails, and how answers are shaped. */
class FailuresTest {

  private final Harness harness = new Harness();

  @Test
  void a_failing_model_keeps_the_message_and_sends_the_failure_line() {
    harness.model.fails(
        new LanguageModelException(
            LanguageModelException.Kind.UNAVAILABLE, "chain", "all circuits open"));
    ChatMessage message = harness.message(GROUP, ALICE, "гряг, ти живий?");

    Outcome outcome = harness.handle(message);

    assertThat(outcome)
        .isEqualTo(new Outcome.Unanswered(Trigger.KEYWORD, Failure.MODEL_FAILED, true));
    assertThat(harness.messages.find(message.ref())).contains(message);
    assertThat(harness.sender.texts()).containsExactly(Phrase.FAILURE.defaultText());
    assertThat(harness.sender.typingClosed.get())
        .isEqualTo(harness.sender.typingOpened.get())
        .isEqualTo(1);
  }

  @Test
  void a_blank_failure_line_means_silence() {
    harness.config = harness.config.withPhrases(Phrases.defaults().with(Phrase.FAILURE, " "));
    harness.model.fails(
        new LanguageModelException(LanguageModelException.Kind.TRANSIENT, "gemini", "timeout"));

    assertThat(harness.in(GROUP, ALICE, "гряг?"))
        .isEqualTo(new Outcome.Unanswered(Trigger.KEYWORD, Failure.MODEL_FAILED, false));
    assertThat(harness.sender.sent).isEmpty();
  }

  @Test
  void an_unexpected_model_error_is_contained_too() {
    harness.model.fails(new IllegalStateException("bug in an embedder's model"));

    assertThat(harness.in(GROUP, ALICE, "гряг?"))
        .isEqualTo(new Outcome.Unanswered(Trigger.KEYWORD, Failure.MODEL_FAILED, true));
    assertThat(harness.in(GROUP, ALICE, "ще раз"))
        .isEqualTo(new Outcome.Ignored(Outcome.Ignored.Reason.NOT_ADDRESSED));
  }

  @Test
  void an_interrupted_call_sends_nothing() {
    harness.model.fails(
        new LanguageModelException(
            LanguageModelException.Kind.INTERRUPTED, "gemini", "interrupted"));

    assertThat(harness.in(GROUP, ALICE, "гряг?"))
        .isEqualTo(new Outcome.Unanswered(Trigger.KEYWORD, Failure.INTERRUPTED, false));
    assertThat(harness.sender.sent).isEmpty();
  }

  @Test
  void a_safety_block_and_an_empty_answer_are_told_apart() {
    harness.model.behaves(r -> new Completion.Blocked("SAFETY", null, "gemini", 1));
    assertThat(harness.in(GROUP, ALICE, "гряг?"))
        .isEqualTo(new Outcome.Unanswered(Trigger.KEYWORD, Failure.MODEL_BLOCKED, true));

    harness.model.behaves(r -> new Completion.Empty("max_tokens", null, "gemini", 1));
    assertThat(harness.in(GROUP, ALICE, "гряг??"))
        .isEqualTo(new Outcome.Unanswered(Trigger.KEYWORD, Failure.MODEL_EMPTY, true));
  }

  @Test
  void the_bot_does_not_prefix_its_answer_with_its_own_name() {
    harness.model.answers("**Гряг**: привіт, Алісо");

    assertThat(harness.in(GROUP, ALICE, "гряг, привіт"))
        .extracting("text")
        .isEqualTo("привіт, Алісо");
  }

  @Test
  void an_answer_that_is_only_the_bots_name_counts_as_empty() {
    harness.model.answers("Гряг:");

    assertThat(harness.in(GROUP, ALICE, "гряг?"))
        .isEqualTo(new Outcome.Unanswered(Trigger.KEYWORD, Failure.MODEL_EMPTY, true));
  }

  @Test
  void a_failed_delivery_is_reported_and_a_chat_that_is_gone_becomes_inactive() {
    harness.sender.failWith(DeliveryException.Kind.TRANSIENT);
    assertThat(harness.in(GROUP, ALICE, "гряг?"))
        .isEqualTo(new Outcome.Unanswered(Trigger.KEYWORD, Failure.DELIVERY_FAILED, false));
    assertThat(harness.settings.get(GROUP.id()).active()).isTrue();

    harness.sender.failWith(DeliveryException.Kind.CHAT_UNAVAILABLE);
    harness.in(GROUP, ALICE, "гряг??");

    assertThat(harness.settings.get(GROUP.id()).active()).isFalse();
    assertThat(harness.in(GROUP, ALICE, "гряг???"))
        .isEqualTo(new Outcome.Ignored(Outcome.Ignored.Reason.CHAT_INACTIVE));
  }

  @Test
  void every_delivered_part_of_an_answer_is_stored_as_the_bots_message() {
    harness.model.answers("перша частина" + RecordingSender.PART_BREAK + "друга частина");
    ChatMessage question = harness.message(GROUP, ALICE, "гряг, розкажи довго");

    Outcome.Replied replied = (Outcome.Replied) harness.handle(question);

    assertThat(replied.sentMessageIds()).hasSize(2);
    ChatMessage first =
        harness
            .messages
            .find(new MessageRef(GROUP.id(), replied.sentMessageIds().get(0)))
            .orElseThrow();
    ChatMessage second =
        harness
            .messages
            .find(new MessageRef(GROUP.id(), replied.sentMessageIds().get(1)))
            .orElseThrow();
    assertThat(List.of(first.role(), second.role())).containsOnly(Role.BOT);
    assertThat(first.text()).isEqualTo("перша частина");
    assertThat(first.replyToMessageId()).isEqualTo(question.messageId());
    assertThat(second.text()).isEqualTo("друга частина");
  }

  @Test
  void a_reply_the_sender_had_to_deliver_to_the_new_supergroup_is_stored_there() {
    ChatId supergroup = ChatId.of(-1_002_000_000_001L);
    ChatMessage question = harness.message(GROUP, ALICE, "гряг, ти тут?");
    harness.sender.deliverTo(supergroup);

    Outcome.Replied replied = (Outcome.Replied) harness.handle(question);

    MessageRef there = new MessageRef(supergroup, replied.sentMessageIds().getFirst());
    assertThat(harness.messages.find(new MessageRef(GROUP.id(), there.messageId()))).isEmpty();
    ChatMessage stored = harness.messages.find(there).orElseThrow();
    assertThat(stored.role()).isEqualTo(Role.BOT);
    assertThat(stored.replyTo())
        .isEqualTo(new ChatMigration(GROUP.id(), supergroup).moved(question.ref()));
    assertThat(harness.messages.find(stored.replyTo()))
        .as("the group's history followed it")
        .isPresent();
    assertThat(harness.messages.count(GROUP.id())).isZero();
  }

  @Test
  void a_send_that_found_the_group_moved_and_then_failed_still_moves_its_history() {
    ChatId supergroup = ChatId.of(-1_002_000_000_001L);
    ChatMessage question = harness.message(GROUP, ALICE, "гряг, ти тут?");
    harness.sender.failWith(DeliveryException.Kind.CHAT_UNAVAILABLE, supergroup);

    assertThat(harness.handle(question))
        .isEqualTo(new Outcome.Unanswered(Trigger.KEYWORD, Failure.DELIVERY_FAILED, false));

    ChatMigration migration = new ChatMigration(GROUP.id(), supergroup);
    assertThat(harness.messages.find(migration.moved(question.ref()))).isPresent();
    assertThat(harness.messages.count(GROUP.id())).isZero();
    assertThat(harness.settings.get(supergroup).active())
        .as("the supergroup is the chat the bot can no longer write to")
        .isFalse();
  }

  @Test
  void without_chat_changes_a_chat_that_is_gone_is_only_logged() {
    harness.chatChanges = ChatChanges.NONE;
    harness.sender.failWith(DeliveryException.Kind.CHAT_UNAVAILABLE);

    harness.in(GROUP, ALICE, "гряг?");

    assertThat(harness.settings.get(GROUP.id()).active()).isTrue();
  }

  @Test
  void a_failing_profile_update_does_not_stop_the_answer() {
    harness.memory.broken = true;

    assertThat(harness.in(GROUP, ALICE, "гряг, привіт")).isInstanceOf(Outcome.Replied.class);
  }

  @Test
  void a_store_that_cannot_take_the_message_makes_the_delivery_fail_for_a_retry() {
    MessageStore working = new InMemoryMessageStore();
    harness.messages =
        (MessageStore)
            Proxy.newProxyInstance(
                MessageStore.class.getClassLoader(),
                new Class<?>[] {MessageStore.class},
                (proxy, method, arguments) -> {
                  if (method.getName().equals("append")) {
                    throw new StoreException("database unreachable", null, true);
                  }
                  return method.invoke(working, arguments);
                });

    assertThatThrownBy(() -> harness.in(GROUP, ALICE, "гряг?")).isInstanceOf(StoreException.class);
    assertThat(harness.model.requests).isEmpty();
  }
}
