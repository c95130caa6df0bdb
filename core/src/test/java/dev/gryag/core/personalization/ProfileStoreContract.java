package dev.gryag.core.personalization;

import static dev.gryag.core.personalization.PersonalizationFixtures.ALICE;
import static dev.gryag.core.personalization.PersonalizationFixtures.BOB;
import static dev.gryag.core.personalization.PersonalizationFixtures.CAROL;
import static dev.gryag.core.personalization.PersonalizationFixtures.CHAT;
import static dev.gryag.core.personalization.PersonalizationFixtures.OTHER_CHAT;
import static dev.gryag.core.personalization.PersonalizationFixtures.T0;
import static dev.gryag.core.personalization.PersonalizationFixtures.message;
import static dev.gryag.core.personalization.PersonalizationFixtures.richProfile;
import static dev.gryag.core.personalization.PersonalizationFixtures.words;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gryag.core.model.Author;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatMigration;
import dev.gryag.core.model.UserId;
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
 * The behaviour every {@link ProfileStore} must have. Extend it with a factory for the
 * implementation under test; each test gets a fresh, empty store.
 */
public abstract class ProfileStoreContract {

  private final ProfileFolder folder = new ProfileFolder(ProfileSettings.DEFAULTS);
  protected ProfileStore store;

  /** A new, empty store. */
  protected abstract ProfileStore newStore();

  @BeforeEach
  protected void createStore() {
    store = newStore();
  }

  private MemberProfile save(MemberProfile profile) {
    return store
        .update(profile.chat(), profile.member(), current -> Optional.of(profile))
        .orElseThrow();
  }

  private MemberProfile seen(ChatId chat, Author author, Instant at) {
    return save(
        folder.fold(Optional.empty(), message(chat, 1, author, at, "привіт"), words(1), null));
  }

  @Test
  void anUnknownMemberHasNoProfile() {
    assertThat(store.find(CHAT, ALICE.id())).isEmpty();
    assertThat(store.profiles(CHAT)).isEmpty();
    assertThat(store.findByUsername(CHAT, "alice_k")).isEmpty();
  }

  @Test
  void aStoredProfileComesBackEqualWithEveryPartIntact() {
    MemberProfile rich = richProfile(CHAT, ALICE, T0, 40);

    assertThat(save(rich)).isEqualTo(rich);

    MemberProfile found = store.find(CHAT, ALICE.id()).orElseThrow();
    assertThat(found).isEqualTo(rich);
    assertThat(found.activity().hours()).containsExactly(rich.activity().hours());
    assertThat(found.emoji().top()).containsKeys("😂", "👍🏽");
    assertThat(found.interests().keywords()).containsKey("футбол");
    assertThat(found.mood().recent()).isEqualTo(rich.mood().recent());
  }

  @Test
  void updateSeesTheCurrentProfileAndReplacesIt() {
    MemberProfile first = seen(CHAT, ALICE, T0);

    Optional<MemberProfile> second =
        store.update(
            CHAT,
            ALICE.id(),
            current -> {
              assertThat(current).contains(first);
              return Optional.of(
                  folder.fold(
                      current, message(2, ALICE, T0.plusSeconds(60), "ще"), words(1), null));
            });

    assertThat(second.orElseThrow().messages()).isEqualTo(2);
    assertThat(store.find(CHAT, ALICE.id())).isEqualTo(second);
  }

  @Test
  void anUpdateReturningNothingDeletesTheProfileOrLeavesItAbsent() {
    seen(CHAT, ALICE, T0);

    assertThat(store.update(CHAT, ALICE.id(), current -> Optional.empty())).isEmpty();
    assertThat(store.find(CHAT, ALICE.id())).isEmpty();
    assertThat(store.update(CHAT, BOB.id(), current -> Optional.empty())).isEmpty();
    assertThat(store.find(CHAT, BOB.id())).isEmpty();
  }

  @Test
  void anUpdateReturningAnotherMembersProfileIsRejectedAndChangesNothing() {
    MemberProfile alice = seen(CHAT, ALICE, T0);
    MemberProfile bobs = richProfile(CHAT, BOB, T0, 2);

    assertThatThrownBy(() -> store.update(CHAT, ALICE.id(), current -> Optional.of(bobs)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(ALICE.id().toString());
    assertThat(store.find(CHAT, ALICE.id())).contains(alice);
    assertThat(store.find(CHAT, BOB.id())).isEmpty();
  }

  @Test
  void aMembersProfilesInDifferentChatsAreIndependent() {
    MemberProfile here = seen(CHAT, ALICE, T0);
    MemberProfile there = save(richProfile(OTHER_CHAT, ALICE, T0, 3));

    assertThat(store.find(CHAT, ALICE.id())).contains(here);
    assertThat(store.find(OTHER_CHAT, ALICE.id())).contains(there);
    assertThat(store.delete(OTHER_CHAT, ALICE.id())).isTrue();
    assertThat(store.find(CHAT, ALICE.id())).contains(here);
  }

  @Test
  void profilesListsTheChatsProfilesOrderedByMember() {
    seen(CHAT, CAROL, T0);
    seen(CHAT, ALICE, T0);
    seen(OTHER_CHAT, BOB, T0);
    seen(CHAT, BOB, T0);

    assertThat(store.profiles(CHAT))
        .extracting(MemberProfile::member)
        .containsExactly(ALICE.id(), BOB.id(), CAROL.id());
  }

  @Test
  void findByUsernameIgnoresCaseAndTheAtSign() {
    seen(CHAT, ALICE, T0);
    seen(CHAT, CAROL, T0);

    assertThat(store.findByUsername(CHAT, "ALICE_K"))
        .map(MemberProfile::member)
        .contains(ALICE.id());
    assertThat(store.findByUsername(CHAT, "@alice_k"))
        .map(MemberProfile::member)
        .contains(ALICE.id());
    assertThat(store.findByUsername(OTHER_CHAT, "alice_k")).isEmpty();
    assertThat(store.findByUsername(CHAT, "nobody")).isEmpty();
  }

  @Test
  void findByUsernamePrefersWhoeverUsedTheNameMostRecently() {
    seen(CHAT, Author.person(201, "Old", "shared"), T0);
    seen(CHAT, Author.person(202, "New", "Shared"), T0.plusSeconds(3600));

    assertThat(store.findByUsername(CHAT, "shared"))
        .map(MemberProfile::member)
        .contains(UserId.of(202));
  }

  @Test
  void deleteIsIdempotent() {
    seen(CHAT, ALICE, T0);

    assertThat(store.delete(CHAT, ALICE.id())).isTrue();
    assertThat(store.delete(CHAT, ALICE.id())).isFalse();
    assertThat(store.find(CHAT, ALICE.id())).isEmpty();
  }

  @Test
  void retentionCountsAndDeletesTheLeastRecentlySeenFirstInBatches() {
    for (int i = 0; i < 7; i++) {
      seen(CHAT, Author.person(300 + i, "M" + i, null), T0.plus(Duration.ofDays(i)));
    }
    Instant cutoff = T0.plus(Duration.ofDays(5)); // members 300..304 are older

    assertThat(store.countLastSeenBefore(cutoff)).isEqualTo(5);
    assertThat(store.deleteLastSeenBefore(cutoff, 2)).isEqualTo(2);
    assertThat(store.find(CHAT, UserId.of(300))).isEmpty();
    assertThat(store.find(CHAT, UserId.of(301))).isEmpty();
    assertThat(store.find(CHAT, UserId.of(302))).isPresent();
    assertThat(store.countLastSeenBefore(cutoff)).isEqualTo(3);
    assertThat(store.deleteLastSeenBefore(cutoff, 100)).isEqualTo(3);
    assertThat(store.deleteLastSeenBefore(cutoff, 100)).isZero();
    assertThat(store.profiles(CHAT))
        .extracting(p -> p.member().value())
        .containsExactly(305L, 306L);
  }

  @Test
  void retentionRejectsANonPositiveLimit() {
    assertThatThrownBy(() -> store.deleteLastSeenBefore(T0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("limit");
  }

  /** The profile as a move must leave it: in the new chat, its newest message id mapped. */
  private static MemberProfile movedCopy(MemberProfile old, ChatMigration migration) {
    return new MemberProfile(
        migration.to(),
        old.member(),
        old.firstSeen(),
        old.lastSeen(),
        ChatMigration.MOVED_ID_BASE + old.lastMessageId(),
        old.messages(),
        old.names(),
        old.activity(),
        old.speech(),
        old.emoji(),
        old.mood(),
        old.interests(),
        old.replies());
  }

  @Test
  void aMoveTakesEveryProfileToTheNewChatWithItsNewestMessageIdMapped() {
    ChatMigration migration = new ChatMigration(CHAT, OTHER_CHAT);
    MemberProfile alice = save(richProfile(CHAT, ALICE, T0, 12));
    MemberProfile bob = seen(CHAT, BOB, T0);
    MemberProfile carolElsewhere = seen(ChatId.of(-42), CAROL, T0);

    assertThat(store.move(migration)).isEqualTo(2);

    assertThat(store.profiles(CHAT)).isEmpty();
    assertThat(store.profiles(OTHER_CHAT))
        .containsExactly(movedCopy(alice, migration), movedCopy(bob, migration));
    assertThat(store.findByUsername(OTHER_CHAT, "alice_k"))
        .map(MemberProfile::lastMessageId)
        .contains(ChatMigration.MOVED_ID_BASE + 1011);
    assertThat(store.find(ChatId.of(-42), CAROL.id())).contains(carolElsewhere);
  }

  @Test
  void onAConflictTheProfileWithTheLongerHistoryStaysAndTheTargetsOnATie() {
    ChatMigration migration = new ChatMigration(CHAT, OTHER_CHAT);
    MemberProfile aliceOld = save(richProfile(CHAT, ALICE, T0, 30));
    MemberProfile aliceNew = seen(OTHER_CHAT, ALICE, T0.plusSeconds(90_000));
    save(richProfile(CHAT, BOB, T0, 2));
    MemberProfile bobNew = save(richProfile(OTHER_CHAT, BOB, T0.plusSeconds(90_000), 5));
    seen(CHAT, CAROL, T0);
    MemberProfile carolNew = seen(OTHER_CHAT, CAROL, T0.plusSeconds(90_000));

    assertThat(store.move(migration)).isEqualTo(3);

    assertThat(aliceNew.messages()).isLessThan(aliceOld.messages());
    assertThat(store.find(OTHER_CHAT, ALICE.id())).contains(movedCopy(aliceOld, migration));
    assertThat(store.find(OTHER_CHAT, BOB.id())).contains(bobNew);
    assertThat(store.find(OTHER_CHAT, CAROL.id())).contains(carolNew);
    assertThat(store.profiles(CHAT)).isEmpty();
  }

  @Test
  void aSecondMoveFindsNothingAndChangesNothing() {
    ChatMigration migration = new ChatMigration(CHAT, OTHER_CHAT);
    save(richProfile(CHAT, ALICE, T0, 4));
    seen(OTHER_CHAT, BOB, T0);
    store.move(migration);
    List<MemberProfile> afterFirst = store.profiles(OTHER_CHAT);

    assertThat(store.move(migration)).isZero();

    assertThat(store.profiles(OTHER_CHAT)).isEqualTo(afterFirst).hasSize(2);
    assertThat(store.profiles(CHAT)).isEmpty();
  }

  @Test
  void concurrentUpdatesOfOneProfileLoseNothing() throws Exception {
    int threads = 8;
    int perThread = 100;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        done.add(
            pool.submit(() -> {
              for (int i = 0; i < perThread; i++) {
                long id = 1 + thread * perThread + i;
                store.update(
                    CHAT,
                    ALICE.id(),
                    current ->
                        Optional.of(
                            folder.fold(
                                current,
                                message(id, ALICE, T0.plusSeconds(id), "m"),
                                words(2),
                                null)));
              }
            }));
      }
      for (Future<?> future : done) {
        future.get();
      }
    } finally {
      pool.shutdownNow();
    }

    MemberProfile profile = store.find(CHAT, ALICE.id()).orElseThrow();
    assertThat(profile.messages()).isEqualTo(threads * perThread);
    assertThat(profile.speech().words()).isEqualTo(2L * threads * perThread);
    assertThat(profile.lastMessageId()).isEqualTo(threads * perThread);
  }
}
