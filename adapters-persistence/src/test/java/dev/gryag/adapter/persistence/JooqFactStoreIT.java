package dev.gryag.adapter.persistence;

import static dev.gryag.adapter.persistence.jooq.Tables.MEMBER_FACT;
import static dev.gryag.core.personalization.PersonalizationFixtures.ALICE;
import static dev.gryag.core.personalization.PersonalizationFixtures.CHAT;
import static dev.gryag.core.personalization.PersonalizationFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gryag.adapter.persistence.jooq.tables.records.MemberFactRecord;
import dev.gryag.core.model.MessageRef;
import dev.gryag.core.model.UserId;
import dev.gryag.core.personalization.Fact;
import dev.gryag.core.personalization.FactCategory;
import dev.gryag.core.personalization.FactStore;
import dev.gryag.core.personalization.FactStoreContract;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link JooqFactStore} against the core contract, plus what only a database can show. */
class JooqFactStoreIT extends FactStoreContract {

  @RegisterExtension static final FreshSchema db = new FreshSchema();

  @Override
  protected FactStore newStore() {
    return new JooqFactStore(db.empty());
  }

  private static Fact fact(
      long member, String key, double confidence, Instant confirmed, Long source) {
    return new Fact(
        CHAT,
        UserId.of(member),
        FactCategory.OTHER,
        key,
        "значення",
        confidence,
        1,
        source == null ? null : new MessageRef(CHAT, source),
        confirmed,
        confirmed);
  }

  @Test
  void fadingInSqlAgreesWithFactConfidenceAtAroundTheFloor() {
    Duration halfLife = Duration.ofDays(30);
    Instant now = T0.plus(Duration.ofDays(90));
    double floor = 0.1;
    for (int i = 0; i < 200; i++) {
      Fact f =
          fact(1 + i % 7, "k" + i, 0.05 + i * 0.0047, T0.plus(Duration.ofHours(i * 11L)), null);
      store.update(f.chat(), f.member(), f.key(), current -> Optional.of(f));
    }
    long expected =
        db.dsl().fetch(MEMBER_FACT).stream()
            .map(FactRows::toFact)
            .filter(f -> f.confidenceAt(now, halfLife) < floor)
            .count();

    assertThat(expected).isBetween(10L, 190L);
    assertThat(store.countFading(now, halfLife, floor)).isEqualTo(expected);
    assertThat(store.deleteFading(now, halfLife, floor, 1_000)).isEqualTo((int) expected);
    assertThat(db.dsl().fetch(MEMBER_FACT).stream().map(FactRows::toFact))
        .allMatch(f -> f.confidenceAt(now, halfLife) >= floor);
  }

  @Test
  void theHotQueriesUseTheirIndexes() {
    List<MemberFactRecord> rows = new ArrayList<>();
    for (long member = 1; member <= 2_000; member++) {
      for (int k = 0; k < 3; k++) {
        Fact f = fact(member, "key" + k, 0.5, T0.plusSeconds(member * 10 + k), member * 10 + k);
        rows.add(FactRows.toRecord(f));
      }
    }
    db.dsl().batchInsert(rows).execute();
    db.dsl().execute("vacuum analyze member_fact");

    assertThat(
            db.dsl()
                .explain(db.dsl().selectFrom(MEMBER_FACT).where(FactRows.is(CHAT, ALICE.id())))
                .plan())
        .contains("member_fact_pk");
    assertThat(
            db.dsl()
                .explain(
                    db.dsl()
                        .selectOne()
                        .from(MEMBER_FACT)
                        .where(MEMBER_FACT.CHAT_ID.eq(CHAT.value()))
                        .and(MEMBER_FACT.SOURCE_MESSAGE_ID.eq(77L)))
                .plan())
        .contains("member_fact_source_idx");
    assertThat(
            db.dsl()
                .explain(
                    Retention.deleteOldestQuery(
                        db.dsl(),
                        MEMBER_FACT,
                        FactRows.fading(T0.plus(Duration.ofDays(400)), Duration.ofDays(30), 0.1),
                        MEMBER_FACT.LAST_CONFIRMED,
                        500))
                .plan())
        .contains("member_fact_cleanup_idx");
    assertThat(store.isEvidence(new MessageRef(CHAT, 71))).isTrue();
    assertThat(store.isEvidence(new MessageRef(CHAT, 77))).isFalse();
  }
}
