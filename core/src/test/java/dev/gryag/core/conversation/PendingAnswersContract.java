package dev.gryag.core.conversation;

import static dev.gryag.core.context.Messages.ALICE;
import static dev.gryag.core.context.Messages.BOT;
import static dev.gryag.core.context.Messages.CHAT;
import static dev.gryag.core.context.Messages.OTHER_CHAT;
import static dev.gryag.core.context.Messages.T0;
import static dev.gryag.core.context.Messages.fromAlice;
import static dev.gryag.core.context.Messages.in;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gryag.core.context.MessageStore;
import dev.gryag.core.model.Chat;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatKind;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.MessageRef;
import dev.gryag.core.settings.Trigger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link PendingAnswers}: every implementation extends this class and provides an
 * empty message store with its pending answers per test.
 */
public abstract class PendingAnswersContract {

  /** A message store and the pending answers kept with it. */
  public record Stores(MessageStore messages, PendingAnswers pending) {}

  /** New, empty stores. Called before each test. */
  protected abstract Stores newStores();

  private MessageStore messages;
  private PendingAnswers pending;

  @BeforeEach
  void createStores() {
    Stores stores = newStores();
    messages = stores.messages();
    pending = stores.pending();
  }

  private static final Chat GROUP = new Chat(CHAT, ChatKind.SUPERGROUP, "Карпати", true);

  private static PendingAnswer owed(ChatMessage message, Trigger reason, Instant at) {
    Chat chat =
        message.chatId().equals(CHAT)
            ? GROUP
            : new Chat(message.chatId(), ChatKind.GROUP, "інша", false);
    return new PendingAnswer(
        chat, message.messageId(), reason, at, at.plus(Duration.ofMinutes(10)));
  }

  @Test
  void a_new_message_is_stored_with_its_pending_answer() {
    ChatMessage question = fromAlice(1, "@gryag_bot як справи?");
    PendingAnswer answer = owed(question, Trigger.MENTION, T0.plusSeconds(1));

    assertThat(pending.appendAwaiting(question, answer)).isTrue();

    assertThat(messages.find(question.ref())).contains(question);
    assertThat(pending.oldest(10)).containsExactly(answer);
  }

  @Test
  void a_duplicate_adds_no_pending_answer_and_changes_nothing() {
    ChatMessage question = fromAlice(1, "@gryag_bot як справи?");
    assertThat(messages.append(question)).isTrue();

    assertThat(pending.appendAwaiting(question, owed(question, Trigger.MENTION, T0))).isFalse();

    assertThat(pending.oldest(10)).isEmpty();
    assertThat(messages.count(CHAT)).isOne();
  }

  @Test
  void an_answer_stores_the_bots_messages_and_clears_the_pending_answer_together() {
    ChatMessage question = fromAlice(1, "@gryag_bot як справи?");
    pending.appendAwaiting(question, owed(question, Trigger.MENTION, T0));
    ChatMessage part1 = in(CHAT, BOT, 2, "Добре.").withReplyTo(1L);
    ChatMessage part2 = in(CHAT, BOT, 3, "А в тебе?");

    pending.answered(question.ref(), List.of(part1, part2));

    assertThat(pending.oldest(10)).isEmpty();
    assertThat(messages.find(part1.ref())).contains(part1);
    assertThat(messages.find(part2.ref())).contains(part2);
  }

  @Test
  void answering_without_a_pending_answer_only_stores_and_skips_duplicates() {
    ChatMessage part = in(CHAT, BOT, 2, "Добре.");
    messages.append(part);

    pending.answered(new MessageRef(CHAT, 1), List.of(part, in(CHAT, BOT, 3, "Ще.")));

    assertThat(messages.count(CHAT)).isEqualTo(2);
  }

  @Test
  void clearing_removes_only_that_pending_answer() {
    ChatMessage first = fromAlice(1, "/summary");
    ChatMessage second = fromAlice(2, "@gryag_bot ну?");
    pending.appendAwaiting(first, owed(first, Trigger.COMMAND, T0));
    PendingAnswer kept = owed(second, Trigger.MENTION, T0.plusSeconds(1));
    pending.appendAwaiting(second, kept);

    assertThat(pending.clear(first.ref())).isTrue();
    assertThat(pending.clear(first.ref())).isFalse();

    assertThat(pending.oldest(10)).containsExactly(kept);
    assertThat(messages.find(first.ref())).isPresent();
  }

  @Test
  void the_oldest_come_first_across_chats_and_the_limit_holds() {
    ChatMessage late = fromAlice(1, "@gryag_bot пізно");
    ChatMessage early = in(OTHER_CHAT, ALICE, 7, "@gryag_bot рано");
    ChatMessage middle = fromAlice(2, "@gryag_bot посередині");
    PendingAnswer lateAnswer = owed(late, Trigger.MENTION, T0.plusSeconds(30));
    PendingAnswer earlyAnswer = owed(early, Trigger.REPLY_TO_BOT, T0);
    PendingAnswer middleAnswer = owed(middle, Trigger.KEYWORD, T0.plusSeconds(10));
    pending.appendAwaiting(late, lateAnswer);
    pending.appendAwaiting(early, earlyAnswer);
    pending.appendAwaiting(middle, middleAnswer);

    assertThat(pending.oldest(10)).containsExactly(earlyAnswer, middleAnswer, lateAnswer);
    assertThat(pending.oldest(2)).containsExactly(earlyAnswer, middleAnswer);
    assertThat(pending.oldest(0)).isEmpty();
  }

  @Test
  void a_pending_answer_keeps_its_chat_reason_and_times() {
    ChatMessage question = in(ChatId.of(4242), ALICE, 5, "привіт");
    Chat privateChat = new Chat(ChatId.of(4242), ChatKind.PRIVATE, "Аліса", false);
    Instant at = Instant.parse("2025-03-01T12:00:00.123456Z");
    PendingAnswer answer =
        new PendingAnswer(privateChat, 5, Trigger.PRIVATE_CHAT, at, at.plusSeconds(600));

    pending.appendAwaiting(question, answer);

    assertThat(pending.oldest(1)).containsExactly(answer);
  }

  @Test
  void a_pending_answer_for_another_message_is_refused() {
    ChatMessage question = fromAlice(1, "@gryag_bot?");
    PendingAnswer other = owed(fromAlice(2, "x"), Trigger.MENTION, T0);

    assertThatThrownBy(() -> pending.appendAwaiting(question, other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(String.valueOf(CHAT.value()));
    assertThat(messages.count(CHAT)).isZero();
  }

  @Test
  void concurrent_deliveries_of_one_message_store_it_and_its_pending_answer_once()
      throws Exception {
    ChatMessage question = fromAlice(1, "@gryag_bot разом?");
    PendingAnswer answer = owed(question, Trigger.MENTION, T0);
    List<Callable<Boolean>> deliveries = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      deliveries.add(() -> pending.appendAwaiting(question, answer));
    }
    int stored = 0;
    try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
      for (Future<Boolean> result : threads.invokeAll(deliveries)) {
        stored += result.get() ? 1 : 0;
      }
    }

    assertThat(stored).isOne();
    assertThat(pending.oldest(10)).containsExactly(answer);
  }
}
