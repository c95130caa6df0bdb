package dev.gryag.core.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract of {@link ChatSettingsStore}: implementations extend it with an empty store. */
public abstract class ChatSettingsStoreContract {

  protected static final ChatId CHAT = ChatId.of(-100_111);
  protected static final ChatId OTHER_CHAT = ChatId.of(-100_222);

  /** A new, empty store. Called before each test. */
  protected abstract ChatSettingsStore newStore();

  protected ChatSettingsStore store;

  @BeforeEach
  void createStore() {
    store = newStore();
  }

  @Test
  void a_chat_never_configured_has_the_defaults() {
    assertThat(store.get(CHAT)).isEqualTo(ChatSettings.DEFAULTS);
  }

  @Test
  void an_update_is_returned_and_kept() {
    ChatSettings updated = store.update(CHAT, s -> s.withPersona("Пірат").withActive(false));

    assertThat(updated.persona()).isEqualTo("Пірат");
    assertThat(updated.active()).isFalse();
    assertThat(store.get(CHAT)).isEqualTo(updated);
  }

  @Test
  void every_field_survives_a_round_trip() {
    ReplyPolicy policy =
        ReplyPolicy.DEFAULTS
            .withTriggers(EnumSet.of(Trigger.MENTION, Trigger.SMART))
            .withKeywordPattern("бот\\p{L}*")
            .withChances(0.1, 0.2, 0.3)
            .withUnsolicitedLimits(Duration.ofMinutes(7), 5)
            .withStaleAfter(Duration.ofSeconds(90));
    Instant reset = Instant.parse("2025-03-01T10:15:30Z");
    ChatSettings full =
        new ChatSettings(
            false, "Персона", policy, java.util.Set.of(UserId.of(5), UserId.of(-100_9)), reset);

    store.update(CHAT, s -> full);

    assertThat(store.get(CHAT)).isEqualTo(full);
  }

  @Test
  void an_update_sees_the_previous_one() {
    store.update(CHAT, s -> s.withBan(UserId.of(1)));
    store.update(CHAT, s -> s.withBan(UserId.of(2)));
    store.update(CHAT, s -> s.withoutBan(UserId.of(1)));

    assertThat(store.get(CHAT).banned()).containsExactly(UserId.of(2));
  }

  @Test
  void chats_are_independent() {
    store.update(CHAT, s -> s.withPersona("Один"));

    assertThat(store.get(OTHER_CHAT)).isEqualTo(ChatSettings.DEFAULTS);
  }

  @Test
  void resetting_the_persona_restores_the_global_one() {
    store.update(CHAT, s -> s.withPersona("Тимчасова"));
    store.update(CHAT, s -> s.withPersona(null));

    assertThat(store.get(CHAT).persona()).isNull();
    assertThat(store.get(CHAT).personaOr("global")).isEqualTo("global");
  }

  @Test
  void concurrent_updates_of_one_chat_lose_nothing() throws Exception {
    int threads = 8;
    int perThread = 25;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        long first = 1 + (long) t * perThread;
        done.add(
            pool.submit(() -> {
              start.await();
              for (long id = first; id < first + perThread; id++) {
                UserId member = UserId.of(id);
                store.update(CHAT, s -> s.withBan(member));
              }
              return null;
            }));
      }
      start.countDown();
      for (Future<?> future : done) {
        future.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(store.get(CHAT).banned()).hasSize(threads * perThread);
  }
}
