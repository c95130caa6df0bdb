package dev.gryag.adapter.persistence;

import static dev.gryag.adapter.persistence.jooq.Tables.MEMBER_PROFILE;
import static dev.gryag.core.personalization.PersonalizationFixtures.ALICE;
import static dev.gryag.core.personalization.PersonalizationFixtures.CHAT;
import static dev.gryag.core.personalization.PersonalizationFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gryag.adapter.persistence.jooq.tables.records.MemberProfileRecord;
import dev.gryag.core.StoreException;
import dev.gryag.core.model.Author;
import dev.gryag.core.personalization.MemberProfile;
import dev.gryag.core.personalization.PersonalizationFixtures;
import dev.gryag.core.personalization.ProfileStore;
import dev.gryag.core.personalization.ProfileStoreContract;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.JSONB;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link JooqProfileStore} against the core contract, plus what only a database can show. */
class JooqProfileStoreIT extends ProfileStoreContract {

  @RegisterExtension static final FreshSchema db = new FreshSchema();

  @Override
  protected ProfileStore newStore() {
    return new JooqProfileStore(db.empty());
  }

  @Test
  void aProfileIsOneRowWithItsMapsInOneJsonObject() {
    MemberProfile rich = PersonalizationFixtures.richProfile(CHAT, ALICE, T0, 12);
    store.update(CHAT, ALICE.id(), current -> Optional.of(rich));

    var row = db.dsl().fetchSingle(MEMBER_PROFILE);
    assertThat(row.getUsername()).isEqualTo("alice_k");
    assertThat(row.getHours()).hasSize(24);
    assertThat(row.getMaps().data()).contains("\"keywords\"").contains("футбол");
    assertThat(row.getMessages()).isEqualTo(12);
  }

  @Test
  void aFailingChangeRollsBackAndLeavesTheProfileAsItWas() {
    MemberProfile rich = PersonalizationFixtures.richProfile(CHAT, ALICE, T0, 3);
    store.update(CHAT, ALICE.id(), current -> Optional.of(rich));

    assertThatThrownBy(() -> store.update(CHAT, ALICE.id(), current -> null))
        .isInstanceOf(NullPointerException.class);

    assertThat(store.find(CHAT, ALICE.id())).contains(rich);
  }

  @Test
  void anUnreadableRowIsAStoreErrorNamingTheMember() {
    store.update(
        CHAT,
        ALICE.id(),
        current -> Optional.of(PersonalizationFixtures.richProfile(CHAT, ALICE, T0, 2)));
    db.dsl()
        .update(MEMBER_PROFILE)
        .set(MEMBER_PROFILE.MAPS, JSONB.valueOf("{\"names\": [1]}"))
        .execute();

    assertThatThrownBy(() -> store.find(CHAT, ALICE.id()))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("profile of member 101 in chat " + CHAT.value() + " is unreadable");
  }

  @Test
  void theHotQueriesUseTheirIndexes() {
    List<MemberProfileRecord> rows = new ArrayList<>();
    for (long member = 1; member <= 3_000; member++) {
      Author author = Author.person(member, "M" + member, "user" + member);
      rows.add(
          ProfileRows.toRecord(
              PersonalizationFixtures.richProfile(CHAT, author, T0.plusSeconds(member), 1)));
    }
    db.dsl().batchInsert(rows).execute();
    db.dsl().execute("analyze member_profile");

    assertThat(
            db.dsl()
                .explain(
                    db.dsl().selectFrom(MEMBER_PROFILE).where(ProfileRows.is(CHAT, ALICE.id())))
                .plan())
        .contains("Index Scan using member_profile_pk");
    assertThat(
            db.dsl()
                .explain(
                    db.dsl()
                        .selectFrom(MEMBER_PROFILE)
                        .where(MEMBER_PROFILE.CHAT_ID.eq(CHAT.value()))
                        .and(
                            org.jooq
                                .impl
                                .DSL
                                .lower(MEMBER_PROFILE.USERNAME)
                                .eq(DSL.lower(DSL.val("User7")))))
                .plan())
        .contains("member_profile_username_idx");
    assertThat(
            db.dsl()
                .explain(
                    Retention.deleteOldestQuery(
                        db.dsl(),
                        MEMBER_PROFILE,
                        MEMBER_PROFILE.LAST_SEEN.lt(T0.plusSeconds(100)),
                        MEMBER_PROFILE.LAST_SEEN,
                        500))
                .plan())
        .contains("member_profile_last_seen_idx");
    assertThat(store.findByUsername(CHAT, "@USER7")).map(p -> p.member().value()).contains(7L);
  }
}
