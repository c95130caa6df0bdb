package dev.gryag.core.chats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gryag.core.StoreException;
import dev.gryag.core.cleanup.InMemoryChatSummaryStore;
import dev.gryag.core.context.InMemoryMessageStore;
import dev.gryag.core.context.MessageStore;
import dev.gryag.core.conversation.ChatLanes;
import dev.gryag.core.model.Author;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.ChatMigration;
import dev.gryag.core.model.MessageRef;
import dev.gryag.core.personalization.InMemoryFactStore;
import dev.gryag.core.personalization.InMemoryPreferenceStore;
import dev.gryag.core.personalization.InMemoryProfileStore;
import dev.gryag.core.settings.ChatSettingsStore;
import dev.gryag.core.settings.InMemoryChatSettingsStore;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The one owner of chat availability, on the in-memory stores. */
class ChatAvailabilityTest {

  private static final ChatId GROUP = ChatId.of(-4_000_000_001L);
  private static final ChatId SUPERGROUP = ChatId.of(-1_002_000_000_001L);
  private static final ChatMigration MIGRATION = new ChatMigration(GROUP, SUPERGROUP);
  private static final Instant T0 = Instant.parse("2025-03-01T12:00:00Z");
  private static final Author ALICE = Author.person(11, "Аліса", "alice");

  private final InMemoryChatSettingsStore settings = new InMemoryChatSettingsStore();
  private final InMemoryMessageStore messages = new InMemoryMessageStore();

  private ChatMigrations migrations(ChatSettingsStore settingsStore, MessageStore messageStore) {
    return new ChatMigrations(
        settingsStore,
        new InMemoryPreferenceStore(),
        messageStore,
        new InMemoryProfileStore(),
        new InMemoryFactStore(),
        new InMemoryChatSummaryStore());
  }

  private ChatAvailability availability(ChatLanes lanes) {
    return new ChatAvailability(settings, migrations(settings, messages), lanes);
  }

  private static ChatMessage said(ChatId chat, long id, String text) {
    return ChatMessage.text(new MessageRef(chat, id), ALICE, T0.plusSeconds(id), text);
  }

  @Test
  void a_bot_that_left_a_chat_is_silent_there_until_it_joins_again() {
    ChatAvailability chats = availability(null);
    settings.update(GROUP, s -> s.withPersona("Кухар"));

    chats.botLeft(GROUP);

    assertThat(settings.get(GROUP).active()).isFalse();
    assertThat(settings.get(GROUP).persona())
        .as("the rest of the settings stay")
        .isEqualTo("Кухар");

    chats.botJoined(GROUP);

    assertThat(settings.get(GROUP).active()).isTrue();
    assertThat(settings.get(GROUP).persona()).isEqualTo("Кухар");
  }

  @Test
  void a_chat_that_sending_found_gone_becomes_inactive_and_stays_so_when_told_again() {
    ChatAvailability chats = availability(null);

    chats.unavailable(GROUP, "Forbidden: bot was kicked from the group chat");
    chats.unavailable(GROUP, "Forbidden: bot was kicked from the group chat");

    assertThat(settings.get(GROUP).active()).isFalse();
    assertThat(settings.get(ChatId.of(-42)).active()).as("other chats are untouched").isTrue();
  }

  @Test
  void a_migration_moves_the_groups_history_at_once_and_a_second_report_moves_nothing() {
    ChatAvailability chats = availability(null);
    settings.update(GROUP, s -> s.withPersona("Кухар"));
    messages.append(said(GROUP, 1, "я живу в Києві"));

    chats.migrated(MIGRATION);
    chats.migrated(MIGRATION);

    assertThat(messages.count(GROUP)).isZero();
    assertThat(messages.find(MIGRATION.moved(new MessageRef(GROUP, 1)))).isPresent();
    assertThat(settings.get(SUPERGROUP).persona()).isEqualTo("Кухар");
  }

  @Test
  void after_a_migration_the_old_chats_lane_is_swept_once_its_work_is_done() throws Exception {
    CountDownLatch migrated = new CountDownLatch(1);
    try (ChatLanes lanes = new ChatLanes(10, 100)) {
      ChatAvailability chats = availability(lanes);
      messages.append(said(GROUP, 1, "перше"));
      // An answer under way in the old chat's lane stores the bot's message after the first run.
      lanes.submit(
          GROUP,
          () -> {
            await(migrated);
            messages.append(said(GROUP, 2, "відповідь, що запізнилась"));
          });

      chats.migrated(MIGRATION);
      migrated.countDown();
      lanes.awaitIdle();
    }

    assertThat(messages.count(GROUP)).isZero();
    assertThat(messages.count(SUPERGROUP)).isEqualTo(2);
    assertThat(messages.find(MIGRATION.moved(new MessageRef(GROUP, 2)))).isPresent();
  }

  @Test
  void without_lanes_a_migration_runs_once() {
    ChatAvailability chats = availability(null);
    messages.append(said(GROUP, 1, "перше"));

    chats.migrated(MIGRATION);
    messages.append(said(GROUP, 2, "пізніше"));

    assertThat(messages.count(SUPERGROUP)).isEqualTo(1);
    assertThat(messages.count(GROUP)).isEqualTo(1);
  }

  @Test
  void a_migration_found_while_the_lanes_shut_down_still_moves_the_history() {
    ChatLanes lanes = new ChatLanes(10, 100);
    lanes.close();
    ChatAvailability chats = availability(lanes);
    messages.append(said(GROUP, 1, "перше"));

    chats.migrated(MIGRATION);

    assertThat(messages.count(SUPERGROUP)).isEqualTo(1);
  }

  @Test
  void a_store_failure_is_thrown_so_that_the_update_comes_again() {
    ChatSettingsStore broken = failing(ChatSettingsStore.class, settings);
    ChatAvailability chats = new ChatAvailability(broken, migrations(broken, messages));

    assertThatThrownBy(() -> chats.botLeft(GROUP)).isInstanceOf(StoreException.class);
    assertThatThrownBy(() -> chats.unavailable(GROUP, "Forbidden"))
        .isInstanceOf(StoreException.class);
    assertThatThrownBy(() -> chats.migrated(MIGRATION)).isInstanceOf(StoreException.class);
    assertThat(settings.get(GROUP).active()).isTrue();
  }

  @Test
  void nothing_is_null() {
    ChatAvailability chats = availability(null);

    assertThatThrownBy(() -> chats.botJoined(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> chats.migrated(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new ChatAvailability(null, migrations(settings, messages)))
        .isInstanceOf(NullPointerException.class);
  }

  /** {@code store}, except that every write fails as a lost connection would. */
  private static <T> T failing(Class<T> port, T store) {
    return port.cast(
        Proxy.newProxyInstance(
            port.getClassLoader(),
            new Class<?>[] {port},
            (proxy, method, arguments) -> {
              if (method.getName().equals("update") || method.getName().equals("move")) {
                throw new StoreException("connection lost", null, true);
              }
              try {
                return method.invoke(store, arguments);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            }));
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(5, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
