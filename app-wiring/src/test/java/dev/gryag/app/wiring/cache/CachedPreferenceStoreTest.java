package dev.gryag.app.wiring.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatMigration;
import dev.gryag.core.model.UserId;
import dev.gryag.core.personalization.InMemoryPreferenceStore;
import dev.gryag.core.personalization.MemberPreferences;
import dev.gryag.core.personalization.PreferenceStore;
import dev.gryag.core.personalization.PreferenceStoreContract;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CachedPreferenceStoreTest extends PreferenceStoreContract {

  private static final ChatId CHAT = ChatId.of(-100_123);
  private static final UserId ALICE = UserId.of(1);

  @Override
  protected PreferenceStore newStore() {
    return new CachedPreferenceStore(new InMemoryPreferenceStore(), CachePolicy.DEFAULTS);
  }

  @Nested
  class Caching {

    private final InMemoryPreferenceStore underlying = new InMemoryPreferenceStore();
    private final AtomicInteger reads = new AtomicInteger();
    private final AtomicLong nanos = new AtomicLong();
    private final CachedPreferenceStore cached =
        new CachedPreferenceStore(
            new PreferenceStore() {
              @Override
              public Optional<MemberPreferences> find(ChatId chat, UserId member) {
                reads.incrementAndGet();
                return underlying.find(chat, member);
              }

              @Override
              public void save(MemberPreferences preferences) {
                underlying.save(preferences);
              }

              @Override
              public boolean delete(ChatId chat, UserId member) {
                return underlying.delete(chat, member);
              }

              @Override
              public int move(ChatMigration migration) {
                return underlying.move(migration);
              }
            },
            new CachePolicy(10, Duration.ofMinutes(1)),
            nanos::get);

    @Test
    void a_member_without_preferences_is_asked_about_once() {
      assertThat(cached.find(CHAT, ALICE)).isEmpty();
      assertThat(cached.find(CHAT, ALICE)).isEmpty();

      assertThat(reads).hasValue(1);
    }

    @Test
    void an_opt_out_saved_through_the_cache_is_seen_at_once() {
      assertThat(cached.find(CHAT, ALICE)).isEmpty();

      cached.save(optedOut());

      assertThat(cached.find(CHAT, ALICE)).map(MemberPreferences::optedOut).contains(true);
    }

    @Test
    void a_delete_through_the_cache_is_seen_at_once() {
      cached.save(optedOut());
      assertThat(cached.find(CHAT, ALICE)).isPresent();

      assertThat(cached.delete(CHAT, ALICE)).isTrue();

      assertThat(cached.find(CHAT, ALICE)).isEmpty();
    }

    @Test
    void a_save_behind_the_cache_shows_once_the_entry_expires() {
      assertThat(cached.find(CHAT, ALICE)).isEmpty();
      underlying.save(optedOut());

      assertThat(cached.find(CHAT, ALICE)).isEmpty();
      nanos.addAndGet(Duration.ofMinutes(2).toNanos());
      assertThat(cached.find(CHAT, ALICE)).isPresent();
    }

    @Test
    void an_opt_out_moved_to_a_supergroup_is_seen_there_at_once() {
      ChatId supergroup = ChatId.of(-100_999);
      cached.save(optedOut());
      assertThat(cached.find(CHAT, ALICE)).isPresent();
      assertThat(cached.find(supergroup, ALICE)).isEmpty();

      cached.move(new ChatMigration(CHAT, supergroup));

      assertThat(cached.find(supergroup, ALICE)).map(MemberPreferences::optedOut).contains(true);
      assertThat(cached.find(CHAT, ALICE)).isEmpty();
    }

    private MemberPreferences optedOut() {
      return MemberPreferences.optedOut(CHAT, ALICE, Instant.parse("2026-01-01T00:00:00Z"));
    }
  }
}
