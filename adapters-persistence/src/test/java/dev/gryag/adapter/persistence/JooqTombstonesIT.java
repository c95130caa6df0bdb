package dev.gryag.adapter.persistence;

import static dev.gryag.adapter.persistence.jooq.Tables.FORGOTTEN_MEMBER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gryag.core.forgetting.Tombstone;
import dev.gryag.core.forgetting.Tombstones;
import dev.gryag.core.forgetting.TombstonesContract;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.UserId;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link JooqTombstones} against the core contract, plus what only a database can show. */
class JooqTombstonesIT extends TombstonesContract {

  @RegisterExtension static final FreshSchema db = new FreshSchema();

  @Override
  protected Tombstones newStore() {
    return new JooqTombstones(db.empty());
  }

  @Test
  void oneRowPerMemberAndScopeEvenForEveryChat() {
    Instant at = Instant.parse("2025-03-01T12:00:00Z");
    store.add(Tombstone.everywhere(UserId.of(11), at));
    store.add(Tombstone.everywhere(UserId.of(11), at.plusSeconds(5)));
    store.add(new Tombstone(UserId.of(11), ChatId.of(-5), at));

    assertThat(db.dsl().fetchCount(FORGOTTEN_MEMBER)).isEqualTo(2);
  }

  @Test
  void theLookupEveryIncomingMessageMakesIsServedByTheIndex() {
    db.dsl()
        .execute(
            "insert into forgotten_member (member_id, chat_id, forgotten_at)"
                + " select n, case when n % 3 = 0 then null else -n end, now()"
                + " from generate_series(1, 20000) n");
    db.dsl().execute("analyze forgotten_member");

    String plan =
        db.dsl().explain(JooqTombstones.findQuery(db.dsl(), ChatId.of(-7), UserId.of(7))).plan();

    assertThat(plan).contains("forgotten_member_scope_idx").doesNotContain("Seq Scan");
  }
}
