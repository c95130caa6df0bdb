package dev.gryag.adapter.persistence;

import static dev.gryag.adapter.persistence.jooq.Tables.FORGOTTEN_MEMBER;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.excluded;
import static org.jooq.impl.DSL.greatest;
import static org.jooq.impl.DSL.inline;

import dev.gryag.adapter.persistence.jooq.tables.records.ForgottenMemberRecord;
import dev.gryag.core.forgetting.Tombstone;
import dev.gryag.core.forgetting.Tombstones;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.UserId;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.ResultQuery;

/**
 * {@link Tombstones} on PostgreSQL (table {@code forgotten_member}, one row per member and scope):
 * adding is one upsert that keeps the later time; a member's lookup, which the bot runs for every
 * incoming message, is a range of {@code forgotten_member_scope_idx}.
 */
public final class JooqTombstones implements Tombstones {

  private final DSLContext dsl;

  public JooqTombstones(PostgresDatabase database) {
    this.dsl = database.dsl();
  }

  @Override
  public void add(Tombstone tombstone) {
    Objects.requireNonNull(tombstone, "tombstone");
    ForgottenMemberRecord row = new ForgottenMemberRecord();
    row.setMemberId(tombstone.member().value());
    row.setChatId(tombstone.chat() == null ? null : tombstone.chat().value());
    row.setForgottenAt(MessageRows.micros(tombstone.at()));
    StoreErrors.guard(
        "Recording that " + tombstone.member() + " was forgotten",
        () ->
            dsl.insertInto(FORGOTTEN_MEMBER)
                .set(row)
                .onConflict(
                    FORGOTTEN_MEMBER.MEMBER_ID, coalesce(FORGOTTEN_MEMBER.CHAT_ID, inline(0L)))
                .doUpdate()
                .set(
                    FORGOTTEN_MEMBER.FORGOTTEN_AT,
                    greatest(
                        FORGOTTEN_MEMBER.FORGOTTEN_AT, excluded(FORGOTTEN_MEMBER.FORGOTTEN_AT)))
                .execute());
  }

  @Override
  public Optional<Tombstone> find(ChatId chat, UserId member) {
    Objects.requireNonNull(chat, "chat");
    Objects.requireNonNull(member, "member");
    return StoreErrors.guard(
        "Reading the tombstones of " + member + " in " + chat,
        () -> findQuery(dsl, chat, member).fetchOptional(JooqTombstones::toTombstone));
  }

  /** The statement of {@link #find}, for its plan. */
  static ResultQuery<ForgottenMemberRecord> findQuery(DSLContext dsl, ChatId chat, UserId member) {
    return dsl.selectFrom(FORGOTTEN_MEMBER)
        .where(FORGOTTEN_MEMBER.MEMBER_ID.eq(member.value()), applies(chat))
        .orderBy(FORGOTTEN_MEMBER.FORGOTTEN_AT.desc())
        .limit(1);
  }

  @Override
  public Map<UserId, Tombstone> forgottenIn(ChatId chat) {
    Objects.requireNonNull(chat, "chat");
    Map<UserId, Tombstone> forgotten = new HashMap<>();
    StoreErrors.guard(
            "Reading the tombstones of " + chat,
            () -> dsl.selectFrom(FORGOTTEN_MEMBER).where(applies(chat)).fetch())
        .forEach(row ->
            forgotten.merge(
                UserId.of(row.getMemberId()),
                toTombstone(row),
                (a, b) -> a.at().isAfter(b.at()) ? a : b));
    return forgotten;
  }

  private static Condition applies(ChatId chat) {
    return FORGOTTEN_MEMBER.CHAT_ID.eq(chat.value()).or(FORGOTTEN_MEMBER.CHAT_ID.isNull());
  }

  private static Tombstone toTombstone(ForgottenMemberRecord row) {
    return new Tombstone(
        UserId.of(row.getMemberId()),
        row.getChatId() == null ? null : ChatId.of(row.getChatId()),
        row.getForgottenAt());
  }
}
