package dev.gryag.adapter.persistence;

import static dev.gryag.adapter.persistence.jooq.Tables.MEMBER_PROFILE;
import static dev.gryag.core.personalization.PersonalizationFixtures.ALICE;
import static dev.gryag.core.personalization.PersonalizationFixtures.CHAT;
import static dev.gryag.core.personalization.PersonalizationFixtures.OTHER_CHAT;
import static dev.gryag.core.personalization.PersonalizationFixtures.T0;
import static dev.gryag.core.personalization.PersonalizationFixtures.message;
import static dev.gryag.core.personalization.PersonalizationFixtures.richProfile;
import static dev.gryag.core.personalization.PersonalizationFixtures.words;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.ChatMigration;
import dev.gryag.core.personalization.MemberProfile;
import dev.gryag.core.personalization.ProfileFolder;
import dev.gryag.core.personalization.ProfileSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The one-statement update of a cached profile in {@link JooqProfileStore}: writes made past the
 * cache (another store, i.e. another process, or plain SQL) are never lost. How often the change
 * runs shows which path an update took: once on either path alone, twice when the optimistic write
 * was refused and the locked path reran it.
 */
class JooqProfileStoreCacheIT {

  @RegisterExtension static final FreshSchema db = new FreshSchema();
  private final ProfileFolder folder = new ProfileFolder(ProfileSettings.DEFAULTS);
  private final AtomicInteger changes = new AtomicInteger();
  private JooqProfileStore store;

  @BeforeEach
  void emptyStore() {
    store = new JooqProfileStore(db.empty());
  }

  /** Folds one message of Alice's in {@code CHAT}, counting the calls. */
  private UnaryOperator<Optional<MemberProfile>> fold(long id) {
    return fold(CHAT, id);
  }

  private UnaryOperator<Optional<MemberProfile>> fold(ChatId chat, long id) {
    return current -> {
      changes.incrementAndGet();
      ChatMessage message = message(chat, id, ALICE, T0.plusSeconds(id), "m");
      return Optional.of(folder.fold(current, message, words(2), null));
    };
  }

  private long messages(JooqProfileStore reader, ChatId chat) {
    return reader.find(chat, ALICE.id()).orElseThrow().messages();
  }

  @Test
  void everyWriteOfARowGivesItAStampItNeverHadEvenAcrossADeleteAndAnInsert() {
    store.update(CHAT, ALICE.id(), fold(1));
    List<Long> stamps = new ArrayList<>(List.of(stamp()));
    store.update(CHAT, ALICE.id(), fold(2));
    stamps.add(stamp());
    db.dsl().execute("update member_profile set messages = messages + 1");
    stamps.add(stamp());
    store.delete(CHAT, ALICE.id());
    store.update(CHAT, ALICE.id(), fold(3));
    stamps.add(stamp());

    assertThat(stamps).doesNotHaveDuplicates().isSorted();
  }

  @Test
  void aWriteByAnotherStoreBetweenTwoUpdatesIsNotLost() {
    JooqProfileStore otherProcess = new JooqProfileStore(db.database());
    store.update(CHAT, ALICE.id(), fold(1));
    otherProcess.update(CHAT, ALICE.id(), fold(2));
    changes.set(0);

    MemberProfile after = store.update(CHAT, ALICE.id(), fold(3)).orElseThrow();

    assertThat(changes).as("the cached write was refused and the locked path reran").hasValue(2);
    assertThat(after.messages()).isEqualTo(3);
    assertThat(messages(otherProcess, CHAT)).isEqualTo(3);
    changes.set(0);
    assertThat(store.update(CHAT, ALICE.id(), fold(4)).orElseThrow().messages()).isEqualTo(4);
    assertThat(changes).as("cached again after the locked path").hasValue(1);
  }

  @Test
  void aPlainSqlWriteBehindTheCacheIsNotLost() {
    store.update(CHAT, ALICE.id(), fold(1));
    db.dsl().update(MEMBER_PROFILE).set(MEMBER_PROFILE.MESSAGES, 100L).execute();

    assertThat(store.update(CHAT, ALICE.id(), fold(2)).orElseThrow().messages()).isEqualTo(101);
    assertThat(messages(store, CHAT)).isEqualTo(101);
  }

  @Test
  void aRowDeletedBehindTheCacheIsRecreatedByTheNextUpdate() {
    store.update(CHAT, ALICE.id(), fold(1));
    store.update(CHAT, ALICE.id(), fold(2));
    new JooqProfileStore(db.database()).delete(CHAT, ALICE.id());

    MemberProfile after = store.update(CHAT, ALICE.id(), fold(3)).orElseThrow();

    assertThat(after.messages()).isEqualTo(1);
    assertThat(store.find(CHAT, ALICE.id())).contains(after);
  }

  @Test
  void aChangeThatDeletesTakesTheLockedPathAndTheCacheForgetsTheProfile() {
    store.update(CHAT, ALICE.id(), fold(1));

    assertThat(store.update(CHAT, ALICE.id(), current -> Optional.empty())).isEmpty();
    assertThat(store.find(CHAT, ALICE.id())).isEmpty();
    changes.set(0);
    assertThat(store.update(CHAT, ALICE.id(), fold(2)).orElseThrow().messages()).isEqualTo(1);
    assertThat(changes).hasValue(1);
  }

  @Test
  void aFailingChangeOnTheFastPathWritesNothing() {
    MemberProfile first = store.update(CHAT, ALICE.id(), fold(1)).orElseThrow();

    assertThatThrownBy(() ->
            store.update(
                CHAT, ALICE.id(), current -> Optional.of(richProfile(OTHER_CHAT, ALICE, T0, 1))))
        .isInstanceOf(IllegalArgumentException.class);

    assertThat(store.find(CHAT, ALICE.id())).contains(first);
    assertThat(store.update(CHAT, ALICE.id(), fold(3)).orElseThrow().messages()).isEqualTo(2);
  }

  @Test
  void aMoveForgetsTheProfilesOfBothChats() {
    store.update(CHAT, ALICE.id(), fold(1));
    store.update(CHAT, ALICE.id(), fold(2));
    store.update(OTHER_CHAT, ALICE.id(), fold(OTHER_CHAT, 3));
    store.move(new ChatMigration(CHAT, OTHER_CHAT));
    changes.set(0);

    assertThat(store.update(OTHER_CHAT, ALICE.id(), fold(OTHER_CHAT, 4)).orElseThrow().messages())
        .isEqualTo(3);
    assertThat(store.update(CHAT, ALICE.id(), fold(5)).orElseThrow().messages()).isEqualTo(1);
    assertThat(changes).as("neither update tried a forgotten stamp first").hasValue(2);
  }

  @Test
  void retentionAndDeleteForgetWhatTheyDeleted() {
    store.update(CHAT, ALICE.id(), fold(1));
    store.delete(CHAT, ALICE.id());
    changes.set(0);
    store.update(CHAT, ALICE.id(), fold(2));
    assertThat(changes).hasValue(1);

    assertThat(store.deleteLastSeenBefore(T0.plusSeconds(1_000), 10)).isEqualTo(1);
    changes.set(0);
    assertThat(store.update(CHAT, ALICE.id(), fold(3)).orElseThrow().messages()).isEqualTo(1);
    assertThat(changes).hasValue(1);
  }

  @Test
  void concurrentUpdatesFromTwoStoresLoseNoFold() throws Exception {
    List<JooqProfileStore> processes = List.of(store, new JooqProfileStore(db.database()));
    int threadsPerStore = 3;
    int perThread = 60;
    ExecutorService pool = Executors.newFixedThreadPool(processes.size() * threadsPerStore);
    AtomicInteger ids = new AtomicInteger();
    try {
      List<Future<?>> done = new ArrayList<>();
      for (JooqProfileStore process : processes) {
        for (int t = 0; t < threadsPerStore; t++) {
          done.add(
              pool.submit(() -> {
                for (int i = 0; i < perThread; i++) {
                  process.update(CHAT, ALICE.id(), fold(ids.incrementAndGet()));
                }
              }));
        }
      }
      for (Future<?> future : done) {
        future.get();
      }
    } finally {
      pool.shutdownNow();
    }

    int total = processes.size() * threadsPerStore * perThread;
    MemberProfile profile = store.find(CHAT, ALICE.id()).orElseThrow();
    assertThat(profile.messages()).isEqualTo(total);
    assertThat(profile.speech().words()).isEqualTo(2L * total);
  }

  @Test
  void aStoreWithoutACacheAlwaysTakesTheLockedPath() {
    JooqProfileStore uncached = new JooqProfileStore(db.database(), 0);
    uncached.update(CHAT, ALICE.id(), fold(1));
    store.update(CHAT, ALICE.id(), fold(2));
    changes.set(0);

    assertThat(uncached.update(CHAT, ALICE.id(), fold(3)).orElseThrow().messages()).isEqualTo(3);
    assertThat(changes).hasValue(1);
    assertThatThrownBy(() -> new JooqProfileStore(db.database(), -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cachedProfiles");
  }

  private static long stamp() {
    return db.dsl().select(MEMBER_PROFILE.VERSION).from(MEMBER_PROFILE).fetchSingle().value1();
  }
}
