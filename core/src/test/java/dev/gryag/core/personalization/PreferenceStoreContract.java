package dev.gryag.core.personalization;

import static dev.gryag.core.personalization.PersonalizationFixtures.ALICE;
import static dev.gryag.core.personalization.PersonalizationFixtures.BOB;
import static dev.gryag.core.personalization.PersonalizationFixtures.CHAT;
import static dev.gryag.core.personalization.PersonalizationFixtures.OTHER_CHAT;
import static dev.gryag.core.personalization.PersonalizationFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gryag.core.analyzer.Language;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatMigration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link PreferenceStore} must have. Extend it with a factory for the
 * implementation under test; each test gets a fresh, empty store.
 */
public abstract class PreferenceStoreContract {

  protected PreferenceStore store;

  /** A new, empty store. */
  protected abstract PreferenceStore newStore();

  @BeforeEach
  protected void createStore() {
    store = newStore();
  }

  @Test
  void nothingIsSetAtFirst() {
    assertThat(store.find(CHAT, ALICE.id())).isEmpty();
  }

  @Test
  void savedPreferencesComeBackEqualAndASaveReplaces() {
    MemberPreferences first =
        new MemberPreferences(CHAT, ALICE.id(), "Аліска 🌸", "вона/її", Language.UK, false, T0);
    MemberPreferences second =
        new MemberPreferences(CHAT, ALICE.id(), null, "she/her", null, false, T0.plusSeconds(5));

    store.save(first);
    assertThat(store.find(CHAT, ALICE.id())).contains(first);
    store.save(second);
    assertThat(store.find(CHAT, ALICE.id())).contains(second);
  }

  @Test
  void anOptOutComesBackAsAnOptOut() {
    store.save(MemberPreferences.optedOut(CHAT, ALICE.id(), T0));

    MemberPreferences found = store.find(CHAT, ALICE.id()).orElseThrow();
    assertThat(found.optedOut()).isTrue();
    assertThat(found.preferredName()).isNull();
    assertThat(found.updatedAt()).isEqualTo(T0);
  }

  @Test
  void membersAndChatsAreIndependentAndDeleteIsIdempotent() {
    MemberPreferences bob = new MemberPreferences(CHAT, BOB.id(), "Бобик", null, null, false, T0);
    MemberPreferences elsewhere = MemberPreferences.optedOut(OTHER_CHAT, ALICE.id(), T0);
    store.save(MemberPreferences.optedOut(CHAT, ALICE.id(), T0));
    store.save(bob);
    store.save(elsewhere);

    assertThat(store.delete(CHAT, ALICE.id())).isTrue();
    assertThat(store.delete(CHAT, ALICE.id())).isFalse();
    assertThat(store.find(CHAT, ALICE.id())).isEmpty();
    assertThat(store.find(CHAT, BOB.id())).contains(bob);
    assertThat(store.find(OTHER_CHAT, ALICE.id())).contains(elsewhere);
  }

  @Test
  void aMoveTakesEveryMembersPreferencesToTheNewChatAndKeepsTheTargetsOwn() {
    ChatMigration migration = new ChatMigration(CHAT, OTHER_CHAT);
    store.save(
        new MemberPreferences(CHAT, ALICE.id(), "Аліска", "вона/її", Language.UK, false, T0));
    store.save(MemberPreferences.optedOut(CHAT, BOB.id(), T0));
    MemberPreferences bobsNewWish =
        new MemberPreferences(OTHER_CHAT, BOB.id(), "Боб", null, null, false, T0.plusSeconds(9));
    store.save(bobsNewWish);
    MemberPreferences elsewhere = MemberPreferences.optedOut(ChatId.of(-42), ALICE.id(), T0);
    store.save(elsewhere);

    assertThat(store.move(migration)).isEqualTo(2);

    assertThat(store.find(OTHER_CHAT, ALICE.id()))
        .contains(
            new MemberPreferences(
                OTHER_CHAT, ALICE.id(), "Аліска", "вона/її", Language.UK, false, T0));
    assertThat(store.find(OTHER_CHAT, BOB.id())).contains(bobsNewWish);
    assertThat(store.find(CHAT, ALICE.id())).isEmpty();
    assertThat(store.find(CHAT, BOB.id())).isEmpty();
    assertThat(store.find(ChatId.of(-42), ALICE.id())).contains(elsewhere);
  }

  @Test
  void aSecondMoveFindsNothingAndChangesNothing() {
    ChatMigration migration = new ChatMigration(CHAT, OTHER_CHAT);
    store.save(MemberPreferences.optedOut(CHAT, ALICE.id(), T0));
    assertThat(store.move(migration)).isEqualTo(1);

    assertThat(store.move(migration)).isZero();

    assertThat(store.find(OTHER_CHAT, ALICE.id()))
        .contains(MemberPreferences.optedOut(OTHER_CHAT, ALICE.id(), T0));
    assertThat(store.find(CHAT, ALICE.id())).isEmpty();
  }
}
