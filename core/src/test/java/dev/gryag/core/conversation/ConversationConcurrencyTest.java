package dev.gryag.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gryag.core.context.InMemoryMessageStore;
import dev.gryag.core.limits.Limit;
import dev.gryag.core.limits.RateLimits;
import dev.gryag.core.model.Author;
import dev.gryag.core.model.Chat;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.MessageRef;
import dev.gryag.core.model.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * Many producers, many chats, one store and one service, each chat fed through its lane, every
 * message delivered twice: nothing is lost, nothing stored twice, each chat handled in order.
 */
class ConversationConcurrencyTest {

  private static final int PRODUCERS = 8;
  private static final int CHATS_PER_PRODUCER = 5;
  private static final int MESSAGES_PER_CHAT = 300;

  @Test
  void many_chats_in_parallel_lose_nothing_duplicate_nothing_and_keep_each_chats_order()
      throws Exception {
    Harness harness = new Harness();
    harness.messages = new InMemoryMessageStore();
    harness.config =
        harness.config.withLimits(
            new RateLimits(
                Limit.perHour(100_000, 100_000),
                Limit.perHour(100_000, 100_000),
                Limit.perHour(100_000, 100_000)));
    ConversationService service = harness.service();
    Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();

    try (ChatLanes lanes = new ChatLanes(16, 256)) {
      ExecutorService producers = Executors.newFixedThreadPool(PRODUCERS);
      List<Future<?>> done = new ArrayList<>();
      for (int p = 0; p < PRODUCERS; p++) {
        int producer = p;
        done.add(producers.submit(() -> produce(producer, lanes, service, outcomes)));
      }
      for (Future<?> future : done) {
        future.get(5, TimeUnit.MINUTES);
      }
      producers.shutdown();
      lanes.awaitIdle();
    }

    int chats = PRODUCERS * CHATS_PER_PRODUCER;
    int total = chats * MESSAGES_PER_CHAT;
    int addressed = chats * (MESSAGES_PER_CHAT / 10);
    assertThat(outcomes.get("Ignored.DUPLICATE")).hasValue(total);
    assertThat(outcomes.get("Replied")).hasValue(addressed);
    assertThat(harness.memory.observed).hasSize(total);
    for (ChatId chat : allChats()) {
      List<ChatMessage> stored = harness.messages.recent(chat, 10 * MESSAGES_PER_CHAT);
      List<Long> members =
          stored.stream().filter(m -> m.role() == Role.USER).map(ChatMessage::messageId).toList();
      assertThat(members)
          .as("chat %s", chat)
          .isEqualTo(LongStream.rangeClosed(1, MESSAGES_PER_CHAT).boxed().toList());
      assertThat(stored.stream().filter(m -> m.role() == Role.BOT)).hasSize(MESSAGES_PER_CHAT / 10);
      List<Long> observedOrder =
          harness.memory.observed.stream()
              .filter(m -> m.chatId().equals(chat))
              .map(ChatMessage::messageId)
              .toList();
      assertThat(observedOrder)
          .as("order handled in chat %s", chat)
          .isSorted()
          .hasSize(MESSAGES_PER_CHAT);
    }
  }

  private static Void produce(
      int producer,
      ChatLanes lanes,
      ConversationService service,
      Map<String, AtomicInteger> outcomes)
      throws InterruptedException {
    Author author = Author.person(1000 + producer, "Учасник " + producer, null);
    for (long id = 1; id <= MESSAGES_PER_CHAT; id++) {
      for (int c = 0; c < CHATS_PER_PRODUCER; c++) {
        Chat chat = Chat.group(chatId(producer, c), "Чат");
        String text = id % 10 == 0 ? "гряг, повідомлення " + id : "повідомлення " + id;
        ChatMessage message =
            ChatMessage.text(new MessageRef(chat.id(), id), author, Harness.T0, text);
        for (int delivery = 0; delivery < 2; delivery++) {
          lanes.submit(
              chat.id(),
              () -> count(outcomes, service.onMessage(IncomingMessage.of(chat, message))));
        }
      }
    }
    return null;
  }

  private static void count(Map<String, AtomicInteger> outcomes, Outcome outcome) {
    String key =
        outcome instanceof Outcome.Ignored ignored
            ? "Ignored." + ignored.reason()
            : outcome.getClass().getSimpleName();
    outcomes.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
  }

  private static long chatId(int producer, int chat) {
    return -100_000L - producer * 100L - chat;
  }

  private static List<ChatId> allChats() {
    List<ChatId> chats = new ArrayList<>();
    for (int p = 0; p < PRODUCERS; p++) {
      for (int c = 0; c < CHATS_PER_PRODUCER; c++) {
        chats.add(ChatId.of(chatId(p, c)));
      }
    }
    return chats;
  }
}
