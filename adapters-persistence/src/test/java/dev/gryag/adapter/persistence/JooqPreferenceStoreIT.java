package dev.gryag.adapter.persistence;

import static dev.gryag.adapter.persistence.jooq.Tables.MEMBER_PREFERENCES;
import static dev.gryag.core.personalization.PersonalizationFixtures.ALICE;
import static dev.gryag.core.personalization.PersonalizationFixtures.CHAT;
import static dev.gryag.core.personalization.PersonalizationFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gryag.core.StoreException;
import dev.gryag.core.personalization.MemberPreferences;
import dev.gryag.core.personalization.PreferenceStore;
import dev.gryag.core.personalization.PreferenceStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link JooqPreferenceStore} against the core contract, plus what only a database can show. */
class JooqPreferenceStoreIT extends PreferenceStoreContract {

  private static PostgresDatabase database;

  @BeforeAll
  static void start() {
    database = TestDatabases.freshDatabase();
  }

  @AfterAll
  static void stop() {
    database.close();
  }

  @Override
  protected PreferenceStore newStore() {
    TestDatabases.deleteAllRows(database);
    return new JooqPreferenceStore(database);
  }

  @Test
  void theSchemaRefusesAnOptOutThatKeepsAName() {
    store.save(MemberPreferences.optedOut(CHAT, ALICE.id(), T0));

    assertThatThrownBy(() ->
            database
                .dsl()
                .update(MEMBER_PREFERENCES)
                .set(MEMBER_PREFERENCES.PREFERRED_NAME, "Аліса")
                .execute())
        .hasMessageContaining("member_preferences_opt_out_keeps_nothing");
    assertThat(store.find(CHAT, ALICE.id()))
        .get()
        .extracting(MemberPreferences::optedOut)
        .isEqualTo(true);
  }

  @Test
  void anUnknownStoredLanguageIsAStoreErrorNamingTheMember() {
    store.save(MemberPreferences.none(CHAT, ALICE.id(), T0));
    database
        .dsl()
        .execute(
            "alter table member_preferences drop constraint member_preferences_language_known");
    database
        .dsl()
        .update(MEMBER_PREFERENCES)
        .set(MEMBER_PREFERENCES.REPLY_LANGUAGE, "KLINGON")
        .execute();

    assertThatThrownBy(() -> store.find(CHAT, ALICE.id()))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("preferences of member 101");
  }
}
