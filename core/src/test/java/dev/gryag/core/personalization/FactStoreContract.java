package dev.gryag.core.personalization;

import static dev.gryag.core.personalization.PersonalizationFixtures.ALICE;
import static dev.gryag.core.personalization.PersonalizationFixtures.BOB;
import static dev.gryag.core.personalization.PersonalizationFixtures.CHAT;
import static dev.gryag.core.personalization.PersonalizationFixtures.OTHER_CHAT;
import static dev.gryag.core.personalization.PersonalizationFixtures.T0;
import static dev.gryag.core.personalization.PersonalizationFixtures.fact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatMigration;
import dev.gryag.core.model.MessageRef;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link FactStore} must have. Extend it with a factory for the implementation
 * under test; each test gets a fresh, empty store.
 */
public abstract class FactStoreContract {

  private static final Duration HALF_LIFE = Duration.ofDays(100);

  protected FactStore store;

  /** A new, empty store. */
  protected abstract FactStore newStore();

  @BeforeEach
  protected void createStore() {
    store = newStore();
  }

  private Fact put(Fact fact) {
    return store
        .update(fact.chat(), fact.member(), fact.key(), current -> Optional.of(fact))
        .orElseThrow();
  }

  @Test
  void nothingIsKnownAtFirst() {
    assertThat(store.facts(CHAT, ALICE.id())).isEmpty();
    assertThat(store.find(CHAT, ALICE.id(), "city")).isEmpty();
    assertThat(store.isEvidence(new MessageRef(CHAT, 1))).isFalse();
    assertThat(store.countFading(T0, HALF_LIFE, 0.5)).isZero();
  }

  @Test
  void aStoredFactComesBackEqual() {
    Fact fact =
        new Fact(
            CHAT,
            ALICE.id(),
            FactCategory.LOCATION,
            FactKeys.CITY,
            "Кривому Розі 🌻 — «рідне» місто",
            0.8531,
            3,
            new MessageRef(CHAT, 77),
            T0,
            T0.plusSeconds(3_600));
    Fact noSource =
        new Fact(
            CHAT, ALICE.id(), FactCategory.OTHER, "x.y:z-1", "ж".repeat(200), 1.0, 1, null, T0, T0);

    assertThat(put(fact)).isEqualTo(fact);
    put(noSource);

    assertThat(store.find(CHAT, ALICE.id(), FactKeys.CITY)).contains(fact);
    assertThat(store.find(CHAT, ALICE.id(), "x.y:z-1")).contains(noSource);
  }

  @Test
  void factsAreOrderedByConfidenceThenRecencyThenKey() {
    put(fact(CHAT, ALICE.id(), "b", "1", 0.5, T0));
    put(fact(CHAT, ALICE.id(), "a", "1", 0.5, T0));
    put(fact(CHAT, ALICE.id(), "c", "1", 0.5, T0.plusSeconds(10)));
    put(fact(CHAT, ALICE.id(), "d", "1", 0.9, T0));

    assertThat(store.facts(CHAT, ALICE.id()))
        .extracting(Fact::key)
        .containsExactly("d", "c", "a", "b");
  }

  @Test
  void updateSeesTheCurrentFactAndAnEmptyResultDeletesIt() {
    Fact first = put(fact(CHAT, ALICE.id(), "city", "Київ", 0.5, T0));

    Optional<Fact> after =
        store.update(
            CHAT,
            ALICE.id(),
            "city",
            current -> {
              assertThat(current).contains(first);
              return Optional.empty();
            });

    assertThat(after).isEmpty();
    assertThat(store.facts(CHAT, ALICE.id())).isEmpty();
  }

  @Test
  void anUpdateReturningAnotherSlotIsRejectedAndChangesNothing() {
    Fact city = put(fact(CHAT, ALICE.id(), "city", "Київ", 0.5, T0));
    Fact bobs = fact(CHAT, BOB.id(), "city", "Львів", 0.5, T0);

    assertThatThrownBy(() -> store.update(CHAT, ALICE.id(), "city", current -> Optional.of(bobs)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() ->
            store.update(
                CHAT,
                ALICE.id(),
                "city",
                current -> Optional.of(fact(CHAT, ALICE.id(), "age", "30", 0.5, T0))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(store.facts(CHAT, ALICE.id())).containsExactly(city);
    assertThat(store.facts(CHAT, BOB.id())).isEmpty();
  }

  @Test
  void membersAndChatsAreIndependent() {
    Fact alice = put(fact(CHAT, ALICE.id(), "city", "Київ", 0.5, T0));
    Fact bob = put(fact(CHAT, BOB.id(), "city", "Львів", 0.5, T0));
    Fact elsewhere = put(fact(OTHER_CHAT, ALICE.id(), "city", "Одеса", 0.5, T0));

    assertThat(store.deleteAll(CHAT, ALICE.id())).isEqualTo(1);
    assertThat(store.facts(CHAT, ALICE.id())).isEmpty();
    assertThat(store.facts(CHAT, BOB.id())).containsExactly(bob);
    assertThat(store.facts(OTHER_CHAT, ALICE.id())).containsExactly(elsewhere);
    assertThat(alice).isNotEqualTo(elsewhere);
  }

  @Test
  void deletesAreIdempotent() {
    put(fact(CHAT, ALICE.id(), "city", "Київ", 0.5, T0));
    put(fact(CHAT, ALICE.id(), "age", "30", 0.5, T0));

    assertThat(store.delete(CHAT, ALICE.id(), "city")).isTrue();
    assertThat(store.delete(CHAT, ALICE.id(), "city")).isFalse();
    assertThat(store.deleteAll(CHAT, ALICE.id())).isEqualTo(1);
    assertThat(store.deleteAll(CHAT, ALICE.id())).isZero();
  }

  @Test
  void aMessageIsEvidenceWhileAFactCitesIt() {
    MessageRef source = new MessageRef(CHAT, 42);
    Fact cited =
        new Fact(
            CHAT, ALICE.id(), FactCategory.WORK, "occupation", "лікар", 0.8, 1, source, T0, T0);
    put(cited);
    put(new Fact(CHAT, BOB.id(), FactCategory.WORK, "occupation", "кухар", 0.8, 1, source, T0, T0));

    assertThat(store.isEvidence(source)).isTrue();
    assertThat(store.isEvidence(new MessageRef(OTHER_CHAT, 42))).isFalse();

    store.delete(CHAT, BOB.id(), "occupation");
    assertThat(store.isEvidence(source)).isTrue();

    MessageRef newer = new MessageRef(CHAT, 43);
    put(
        new Fact(
            CHAT, ALICE.id(), FactCategory.WORK, "occupation", "лікар", 0.9, 2, newer, T0, T0));
    assertThat(store.isEvidence(source)).isFalse();
    assertThat(store.isEvidence(newer)).isTrue();

    store.deleteAll(CHAT, ALICE.id());
    assertThat(store.isEvidence(newer)).isFalse();
  }

  @Test
  void fadingFactsAreCountedAndDeletedLeastRecentlyConfirmedFirst() {
    Instant now = T0.plus(Duration.ofDays(200)); // two half-lives after T0: confidence × 0.25
    put(fact(CHAT, ALICE.id(), "old-weak", "1", 0.6, T0)); // 0.15 now: fading
    put(fact(CHAT, ALICE.id(), "old-strong", "1", 1.0, T0.plus(Duration.ofDays(1)))); // ~0.25
    put(fact(CHAT, BOB.id(), "recent-weak", "1", 0.3, now.minus(Duration.ofDays(1)))); // ~0.3
    put(fact(CHAT, BOB.id(), "fresh", "1", 0.9, now));
    put(fact(OTHER_CHAT, BOB.id(), "future", "1", 0.9, now.plus(Duration.ofDays(1))));

    assertThat(store.countFading(now, HALF_LIFE, 0.2)).isEqualTo(1);
    assertThat(store.countFading(now, HALF_LIFE, 0.35)).isEqualTo(3);

    assertThat(store.deleteFading(now, HALF_LIFE, 0.35, 2)).isEqualTo(2);
    assertThat(store.find(CHAT, ALICE.id(), "old-weak")).isEmpty();
    assertThat(store.find(CHAT, ALICE.id(), "old-strong")).isEmpty();
    assertThat(store.find(CHAT, BOB.id(), "recent-weak")).isPresent();
    assertThat(store.deleteFading(now, HALF_LIFE, 0.35, 10)).isEqualTo(1);
    assertThat(store.deleteFading(now, HALF_LIFE, 0.35, 10)).isZero();
    assertThat(store.facts(CHAT, BOB.id())).extracting(Fact::key).containsExactly("fresh");
    assertThat(store.facts(OTHER_CHAT, BOB.id())).extracting(Fact::key).containsExactly("future");
  }

  @Test
  void retentionRejectsANonPositiveLimit() {
    assertThatThrownBy(() -> store.deleteFading(T0, HALF_LIFE, 0.5, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("limit");
  }

  /** The fact as a move must leave it: in the new chat, its source message mapped. */
  private static Fact movedCopy(Fact old, ChatMigration migration) {
    return new Fact(
        migration.to(),
        old.member(),
        old.category(),
        old.key(),
        old.value(),
        old.confidence(),
        old.evidence(),
        old.source() == null ? null : migration.moved(old.source()),
        old.firstConfirmed(),
        old.lastConfirmed());
  }

  @Test
  void aMoveTakesEveryFactToTheNewChatAndItsEvidenceFollows() {
    ChatMigration migration = new ChatMigration(CHAT, OTHER_CHAT);
    Fact city = put(fact(CHAT, ALICE.id(), "city", "Київ", 0.7, T0));
    Fact unsourced =
        put(new Fact(CHAT, ALICE.id(), FactCategory.OTHER, "pet", "кіт", 0.6, 2, null, T0, T0));
    Fact bobs = put(fact(CHAT, BOB.id(), "job", "кухар", 0.9, T0.plusSeconds(5)));
    Fact elsewhere = put(fact(ChatId.of(-42), ALICE.id(), "city", "Львів", 0.5, T0));

    assertThat(store.move(migration)).isEqualTo(3);

    assertThat(store.facts(CHAT, ALICE.id())).isEmpty();
    assertThat(store.facts(CHAT, BOB.id())).isEmpty();
    assertThat(store.facts(OTHER_CHAT, ALICE.id()))
        .containsExactly(movedCopy(city, migration), movedCopy(unsourced, migration));
    assertThat(store.facts(OTHER_CHAT, BOB.id())).containsExactly(movedCopy(bobs, migration));
    assertThat(store.isEvidence(city.source())).isFalse();
    assertThat(store.isEvidence(migration.moved(city.source()))).isTrue();
    assertThat(store.isEvidence(migration.moved(bobs.source()))).isTrue();
    assertThat(store.facts(ChatId.of(-42), ALICE.id())).containsExactly(elsewhere);
    assertThat(store.isEvidence(elsewhere.source())).isTrue();
  }

  @Test
  void onAConflictTheMoreRecentlyConfirmedFactStaysAndTheTargetsOnATie() {
    ChatMigration migration = new ChatMigration(CHAT, OTHER_CHAT);
    Fact newerOld = put(fact(CHAT, ALICE.id(), "city", "Київ", 0.5, T0.plusSeconds(60)));
    Fact olderTarget = put(fact(OTHER_CHAT, ALICE.id(), "city", "Одеса", 0.9, T0));
    put(fact(CHAT, ALICE.id(), "job", "лікар", 0.9, T0));
    Fact newerTarget = put(fact(OTHER_CHAT, ALICE.id(), "job", "кухар", 0.4, T0.plusSeconds(1)));
    put(fact(CHAT, BOB.id(), "age", "30", 0.9, T0));
    Fact tiedTarget = put(fact(OTHER_CHAT, BOB.id(), "age", "31", 0.3, T0));

    assertThat(store.move(migration)).isEqualTo(3);

    assertThat(store.find(OTHER_CHAT, ALICE.id(), "city")).contains(movedCopy(newerOld, migration));
    assertThat(store.find(OTHER_CHAT, ALICE.id(), "job")).contains(newerTarget);
    assertThat(store.find(OTHER_CHAT, BOB.id(), "age")).contains(tiedTarget);
    assertThat(store.isEvidence(olderTarget.source())).isFalse();
    assertThat(store.isEvidence(migration.moved(newerOld.source()))).isTrue();
    assertThat(store.isEvidence(newerTarget.source())).isTrue();
    assertThat(store.facts(CHAT, ALICE.id())).isEmpty();
    assertThat(store.facts(CHAT, BOB.id())).isEmpty();
  }

  @Test
  void aSecondMoveFindsNothingAndChangesNothing() {
    ChatMigration migration = new ChatMigration(CHAT, OTHER_CHAT);
    Fact city = put(fact(CHAT, ALICE.id(), "city", "Київ", 0.7, T0));
    store.move(migration);

    assertThat(store.move(migration)).isZero();

    assertThat(store.facts(OTHER_CHAT, ALICE.id())).containsExactly(movedCopy(city, migration));
    assertThat(store.isEvidence(migration.moved(city.source()))).isTrue();
  }

  @Test
  void concurrentConfirmationsOfOneFactLoseNothing() throws Exception {
    int threads = 8;
    int perThread = 100;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        done.add(
            pool.submit(() -> {
              for (int i = 0; i < perThread; i++) {
                store.update(
                    CHAT,
                    ALICE.id(),
                    "city",
                    current ->
                        Optional.of(
                            current
                                .map(f ->
                                    new Fact(
                                        f.chat(),
                                        f.member(),
                                        f.category(),
                                        f.key(),
                                        f.value(),
                                        f.confidence(),
                                        f.evidence() + 1,
                                        f.source(),
                                        f.firstConfirmed(),
                                        f.lastConfirmed()))
                                .orElseGet(() -> fact(CHAT, ALICE.id(), "city", "Київ", 0.5, T0))));
              }
            }));
      }
      for (Future<?> future : done) {
        future.get();
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(store.find(CHAT, ALICE.id(), "city").orElseThrow().evidence())
        .isEqualTo(threads * perThread);
  }
}
