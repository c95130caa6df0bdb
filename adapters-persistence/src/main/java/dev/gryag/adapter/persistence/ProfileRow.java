package dev.gryag.adapter.persistence;

import static dev.gryag.adapter.persistence.jooq.Tables.MEMBER_PROFILE;

import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.UserId;
import dev.gryag.core.personalization.MemberProfile;
import java.util.Optional;
import java.util.OptionalLong;
import org.jooq.DSLContext;
import org.jooq.Record1;

/**
 * The statements of an update of one member's row in {@code member_profile}. One instance serves
 * one locked update and remembers the version stamp the row got from its last write.
 */
final class ProfileRow implements RowUpdates.Row<MemberProfile> {

  private final ChatId chat;
  private final UserId member;
  private OptionalLong written = OptionalLong.empty();

  ProfileRow(ChatId chat, UserId member) {
    this.chat = chat;
    this.member = member;
  }

  /**
   * The optimistic write: replaces the row only if its stamp is still {@code version}, in one
   * autocommit statement; the row's new stamp, or empty when the row changed or is gone.
   */
  static OptionalLong replaceIfUnchanged(DSLContext dsl, MemberProfile value, long version) {
    return stamp(
        dsl.update(MEMBER_PROFILE)
            .set(ProfileRows.toRecord(value))
            .where(ProfileRows.is(value.chat(), value.member()))
            .and(MEMBER_PROFILE.VERSION.eq(version))
            .returningResult(MEMBER_PROFILE.VERSION)
            .fetchOptional());
  }

  /** The stamp the row got from this update's last write; empty after a delete or none. */
  OptionalLong written() {
    return written;
  }

  @Override
  public Optional<MemberProfile> lockCurrent(DSLContext dsl) {
    written = OptionalLong.empty();
    return dsl.selectFrom(MEMBER_PROFILE)
        .where(ProfileRows.is(chat, member))
        .forUpdate()
        .fetchOptional(ProfileRows::toProfile);
  }

  @Override
  public boolean insert(DSLContext dsl, MemberProfile value) {
    written =
        stamp(
            dsl.insertInto(MEMBER_PROFILE)
                .set(ProfileRows.toRecord(value))
                .onConflictDoNothing()
                .returningResult(MEMBER_PROFILE.VERSION)
                .fetchOptional());
    return written.isPresent();
  }

  @Override
  public void replace(DSLContext dsl, MemberProfile value) {
    written =
        stamp(
            dsl.update(MEMBER_PROFILE)
                .set(ProfileRows.toRecord(value))
                .where(ProfileRows.is(chat, member))
                .returningResult(MEMBER_PROFILE.VERSION)
                .fetchOptional());
  }

  @Override
  public void delete(DSLContext dsl) {
    dsl.deleteFrom(MEMBER_PROFILE).where(ProfileRows.is(chat, member)).execute();
  }

  private static OptionalLong stamp(Optional<Record1<Long>> row) {
    return row.map(r -> OptionalLong.of(r.value1())).orElseGet(OptionalLong::empty);
  }
}
