package dev.gryag.adapter.persistence;

import static dev.gryag.adapter.persistence.jooq.Tables.MEMBER_FACT;

import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.UserId;
import dev.gryag.core.personalization.Fact;
import java.util.Optional;
import org.jooq.DSLContext;

/** The statements of an update of one fact's row in {@code member_fact}. */
record FactRow(ChatId chat, UserId member, String key) implements RowUpdates.Row<Fact> {

  @Override
  public Optional<Fact> lockCurrent(DSLContext dsl) {
    return dsl.selectFrom(MEMBER_FACT)
        .where(FactRows.is(chat, member, key))
        .forUpdate()
        .fetchOptional(FactRows::toFact);
  }

  @Override
  public boolean insert(DSLContext dsl, Fact value) {
    return dsl.insertInto(MEMBER_FACT).set(FactRows.toRecord(value)).onConflictDoNothing().execute()
        == 1;
  }

  @Override
  public void replace(DSLContext dsl, Fact value) {
    dsl.update(MEMBER_FACT)
        .set(FactRows.toRecord(value))
        .where(FactRows.is(chat, member, key))
        .execute();
  }

  @Override
  public void delete(DSLContext dsl) {
    dsl.deleteFrom(MEMBER_FACT).where(FactRows.is(chat, member, key)).execute();
  }
}
