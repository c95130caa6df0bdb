package dev.gryag.core.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatMigration;
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
  void a_move_takes_the_settings_to_a_chat_that_has_none_of_its_own() {
    ChatMigration migration = new ChatMigration(CHAT, OTHER_CHAT);
    ChatSettings old =
        store.update(CHAT, s -> s.withPersona("Пірат").withBan(UserId.of(7)).withActive(false));
    ChatSettings elsewhere = store.update(ChatId.of(-42), s -> s.withPersona("Інший"));

    assertThat(store.move(migration)).isEqualTo(1);
    assertThat(store.move(migration)).isZero();

    assertThat(store.get(OTHER_CHAT)).isEqualTo(old);
    assertThat(store.get(CHAT)).isEqualTo(ChatSettings.DEFAULTS);
    assertThat(store.get(ChatId.of(-42))).isEqualTo(elsewhere);
  }

  @Test
  void a_move_onto_a_chat_with_settings_of_its_own_merges_keeping_every_choice() {
    ChatMigration migration = new ChatMigration(CHAT, OTHER_CHAT);
    ReplyPolicy policy = ReplyPolicy.DEFAULTS.withChances(0.1, 0.2, 0.3);
    Instant oldReset = Instant.parse("2025-03-01T10:00:00Z");
    store.update(
        CHAT,
        s ->
            new ChatSettings(
                true, "Старий", policy, java.util.Set.of(UserId.of(1), UserId.of(2)), oldReset));
    // The bot was added to the supergroup and someone banned there before the move was handled.
    store.update(OTHER_CHAT, s -> s.withActive(true).withBan(UserId.of(3)));

    assertThat(store.move(migration)).isEqualTo(1);

    assertThat(store.get(OTHER_CHAT))
        .isEqualTo(
            new ChatSettings(
                true,
                "Старий",
                policy,
                java.util.Set.of(UserId.of(1), UserId.of(2), UserId.of(3)),
                oldReset));
  }

  @Test
  void a_move_keeps_the_target_own_persona_the_later_reset_and_a_mute_from_either_chat() {
    ChatMigration migration = new ChatMigration(CHAT, OTHER_CHAT);
    Instant oldReset = Instant.parse("2025-03-01T10:00:00Z");
    store.update(CHAT, s -> s.withPersona("Старий").withActive(false).withContextResetAt(oldReset));
    store.update(
        OTHER_CHAT,
        s -> s.withPersona("Новий").withContextResetAt(oldReset.plus(Duration.ofHours(1))));

    store.move(migration);

    ChatSettings merged = store.get(OTHER_CHAT);
    assertThat(merged.persona()).isEqualTo("Новий");
    assertThat(merged.contextResetAt()).isEqualTo(oldReset.plus(Duration.ofHours(1)));
    assertThat(merged.active()).isFalse();
  }

  @Test
  void a_move_of_a_chat_without_settings_changes_nothing() {
    ChatSettings own = store.update(OTHER_CHAT, s -> s.withPersona("Своя"));

    assertThat(store.move(new ChatMigration(CHAT, OTHER_CHAT))).isZero();

    assertThat(store.get(OTHER_CHAT)).isEqualTo(own);
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
