package dev.gryag.adapter.persistence;

import static dev.gryag.adapter.persistence.jooq.Tables.MEMBER_PROFILE;

import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.UserId;
import dev.gryag.core.personalization.MemberProfile;
import java.util.Optional;
import org.jooq.DSLContext;

/** The statements of an update of one member's row in {@code member_profile}. */
record ProfileRow(ChatId chat, UserId member) implements RowUpdates.Row<MemberProfile> {

  @Override
  public Optional<MemberProfile> lockCurrent(DSLContext dsl) {
    return dsl.selectFrom(MEMBER_PROFILE)
        .where(ProfileRows.is(chat, member))
        .forUpdate()
        .fetchOptional(ProfileRows::toProfile);
  }

  @Override
  public boolean insert(DSLContext dsl, MemberProfile value) {
    return dsl.insertInto(MEMBER_PROFILE)
            .set(ProfileRows.toRecord(value))
            .onConflictDoNothing()
            .execute()
        == 1;
  }

  @Override
  public void replace(DSLContext dsl, MemberProfile value) {
    dsl.update(MEMBER_PROFILE)
        .set(ProfileRows.toRecord(value))
        .where(ProfileRows.is(chat, member))
        .execute();
  }

  @Override
  public void delete(DSLContext dsl) {
    dsl.deleteFrom(MEMBER_PROFILE).where(ProfileRows.is(chat, member)).execute();
  }
}
