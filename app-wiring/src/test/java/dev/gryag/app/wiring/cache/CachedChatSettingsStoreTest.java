package dev.gryag.app.wiring.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gryag.core.StoreException;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatMigration;
import dev.gryag.core.settings.ChatSettings;
import dev.gryag.core.settings.ChatSettingsStore;
import dev.gryag.core.settings.ChatSettingsStoreContract;
import dev.gryag.core.settings.InMemoryChatSettingsStore;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CachedChatSettingsStoreTest extends ChatSettingsStoreContract {

  private static final ChatId CHAT = ChatId.of(-100_123);

  @Override
  protected ChatSettingsStore newStore() {
    return new CachedChatSettingsStore(new InMemoryChatSettingsStore(), CachePolicy.DEFAULTS);
  }

  /** The underlying store, counting reads, and able to hold one read until told to go on. */
  private static final class CountingStore implements ChatSettingsStore {
    final ChatSettingsStore store = new InMemoryChatSettingsStore();
    final AtomicInteger reads = new AtomicInteger();
    volatile CountDownLatch readStarted;
    volatile CountDownLatch releaseRead;
    final CountDownLatch updated = new CountDownLatch(1);

    @Override
    public ChatSettings get(ChatId chat) {
      ChatSettings value = store.get(chat);
      reads.incrementAndGet();
      CountDownLatch release = releaseRead;
      if (release != null) {
        readStarted.countDown();
        await(release);
      }
      return value;
    }

    @Override
    public ChatSettings update(ChatId chat, UnaryOperator<ChatSettings> change) {
      ChatSettings value = store.update(chat, change);
      updated.countDown();
      return value;
    }

    @Override
    public int move(ChatMigration migration) {
      return store.move(migration);
    }
  }

  @Nested
  class Caching {

    private final CountingStore underlying = new CountingStore();
    private final AtomicLong nanos = new AtomicLong();
    private final CachedChatSettingsStore cached =
        new CachedChatSettingsStore(
            underlying, new CachePolicy(10, Duration.ofMinutes(1)), nanos::get);

    @Test
    void repeated_reads_of_a_chat_ask_the_store_once() {
      cached.get(CHAT);
      cached.get(CHAT);
      cached.get(CHAT);

      assertThat(underlying.reads).hasValue(1);
    }

    @Test
    void an_update_through_the_cache_is_read_back_at_once() {
      cached.get(CHAT);

      cached.update(CHAT, s -> s.withPersona("Пірат"));

      assertThat(cached.get(CHAT).persona()).isEqualTo("Пірат");
    }

    @Test
    void a_change_made_behind_the_cache_shows_once_the_entry_expires() {
      cached.get(CHAT);
      underlying.store.update(CHAT, s -> s.withActive(false));

      assertThat(cached.get(CHAT).active()).isTrue();
      nanos.addAndGet(Duration.ofMinutes(1).plusSeconds(1).toNanos());
      assertThat(cached.get(CHAT).active()).isFalse();
    }

    @Test
    void settings_moved_to_a_supergroup_are_read_there_at_once() {
      ChatId supergroup = ChatId.of(-100_999);
      cached.update(CHAT, s -> s.withPersona("Пірат"));
      assertThat(cached.get(supergroup).persona()).isNull();
      assertThat(cached.get(CHAT).persona()).isEqualTo("Пірат");

      cached.move(new ChatMigration(CHAT, supergroup));

      assertThat(cached.get(supergroup).persona()).isEqualTo("Пірат");
      assertThat(cached.get(CHAT)).isEqualTo(ChatSettings.DEFAULTS);
    }

    @Test
    void a_read_racing_an_update_never_keeps_the_old_settings() throws Exception {
      underlying.readStarted = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      underlying.releaseRead = release;
      ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
      CompletableFuture<ChatSettings> slowRead =
          CompletableFuture.supplyAsync(() -> cached.get(CHAT), threads);
      await(underlying.readStarted); // the read has loaded the old settings and is held
      underlying.releaseRead = null;

      CompletableFuture<ChatSettings> update =
          CompletableFuture.supplyAsync(
              () -> cached.update(CHAT, s -> s.withActive(false)), threads);
      await(underlying.updated); // committed; its invalidation waits for the held read
      release.countDown();

      assertThat(update.get(5, TimeUnit.SECONDS).active()).isFalse();
      assertThat(slowRead.get(5, TimeUnit.SECONDS).active()).isTrue();
      assertThat(cached.get(CHAT).active()).isFalse();
      threads.close();
    }

    @Test
    void a_failing_store_fails_the_read_and_caches_nothing() {
      ChatSettingsStore failing =
          new ChatSettingsStore() {
            @Override
            public ChatSettings get(ChatId chat) {
              throw new StoreException("database unreachable", null, true);
            }

            @Override
            public ChatSettings update(ChatId chat, UnaryOperator<ChatSettings> change) {
              throw new StoreException("database unreachable", null, true);
            }

            @Override
            public int move(ChatMigration migration) {
              throw new StoreException("database unreachable", null, true);
            }
          };
      CachedChatSettingsStore store = new CachedChatSettingsStore(failing, CachePolicy.DEFAULTS);

      assertThatThrownBy(() -> store.get(CHAT))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("database unreachable");
      assertThatThrownBy(() -> store.update(CHAT, s -> s)).isInstanceOf(StoreException.class);
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(5, TimeUnit.SECONDS)) {
        throw new AssertionError("timed out waiting for the other thread");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
