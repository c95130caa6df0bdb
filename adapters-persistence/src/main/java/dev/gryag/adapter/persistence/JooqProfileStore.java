package dev.gryag.adapter.persistence;

import static dev.gryag.adapter.persistence.jooq.Tables.MEMBER_PROFILE;

import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatMigration;
import dev.gryag.core.model.UserId;
import dev.gryag.core.personalization.MemberProfile;
import dev.gryag.core.personalization.ProfileStore;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * {@link ProfileStore} on PostgreSQL (table {@code member_profile}, one row per chat and member).
 * An update locks the member's row for one short transaction (see {@link RowUpdates}); a load is
 * one primary-key lookup; retention deletes the least recently seen in bounded statements on {@code
 * member_profile_last_seen_idx}.
 */
public final class JooqProfileStore implements ProfileStore {

  private final DSLContext dsl;

  public JooqProfileStore(PostgresDatabase database) {
    this.dsl = database.dsl();
  }

  @Override
  public Optional<MemberProfile> find(ChatId chat, UserId member) {
    requireMember(chat, member);
    return StoreErrors.guard(
        "Reading the profile of " + member + " in " + chat,
        () ->
            dsl.selectFrom(MEMBER_PROFILE)
                .where(ProfileRows.is(chat, member))
                .fetchOptional(ProfileRows::toProfile));
  }

  @Override
  public Optional<MemberProfile> update(
      ChatId chat, UserId member, UnaryOperator<Optional<MemberProfile>> change) {
    requireMember(chat, member);
    Objects.requireNonNull(change, "change");
    return StoreErrors.guard(
        "Updating the profile of " + member + " in " + chat,
        () ->
            RowUpdates.update(
                dsl, new ProfileRow(chat, member), change, p -> check(chat, member, p)));
  }

  private static MemberProfile check(ChatId chat, UserId member, MemberProfile profile) {
    if (!profile.chat().equals(chat) || !profile.member().equals(member)) {
      throw new IllegalArgumentException(
          "an update of the profile of member %s in chat %s returned the profile of member %s in chat %s"
              .formatted(member, chat, profile.member(), profile.chat()));
    }
    return ProfileRows.asStored(profile);
  }

  @Override
  public Optional<MemberProfile> findByUsername(ChatId chat, String username) {
    Objects.requireNonNull(chat, "chat");
    Objects.requireNonNull(username, "username");
    String name = username.startsWith("@") ? username.substring(1) : username;
    return StoreErrors.guard(
        "Finding @" + name + " in " + chat,
        () ->
            dsl.selectFrom(MEMBER_PROFILE)
                .where(MEMBER_PROFILE.CHAT_ID.eq(chat.value()))
                .and(DSL.lower(MEMBER_PROFILE.USERNAME).eq(DSL.lower(DSL.val(name))))
                .orderBy(MEMBER_PROFILE.LAST_SEEN.desc(), MEMBER_PROFILE.LAST_MESSAGE_ID.desc())
                .limit(1)
                .fetchOptional(ProfileRows::toProfile));
  }

  @Override
  public List<MemberProfile> profiles(ChatId chat) {
    Objects.requireNonNull(chat, "chat");
    return StoreErrors.guard(
        "Reading the profiles of " + chat,
        () ->
            dsl.selectFrom(MEMBER_PROFILE)
                .where(MEMBER_PROFILE.CHAT_ID.eq(chat.value()))
                .orderBy(MEMBER_PROFILE.MEMBER_ID)
                .fetch(ProfileRows::toProfile));
  }

  @Override
  public boolean delete(ChatId chat, UserId member) {
    requireMember(chat, member);
    return StoreErrors.guard(
        "Deleting the profile of " + member + " in " + chat,
        () -> dsl.deleteFrom(MEMBER_PROFILE).where(ProfileRows.is(chat, member)).execute() > 0);
  }

  @Override
  public long countLastSeenBefore(Instant lastSeenBefore) {
    Objects.requireNonNull(lastSeenBefore, "lastSeenBefore");
    return StoreErrors.guard(
        "Counting profiles last seen before " + lastSeenBefore,
        () ->
            dsl.fetchCount(
                MEMBER_PROFILE, MEMBER_PROFILE.LAST_SEEN.lt(MessageRows.bound(lastSeenBefore))));
  }

  @Override
  public int deleteLastSeenBefore(Instant lastSeenBefore, int limit) {
    Objects.requireNonNull(lastSeenBefore, "lastSeenBefore");
    Retention.requirePositiveLimit(limit);
    return StoreErrors.guard(
        "Deleting profiles last seen before " + lastSeenBefore,
        () ->
            Retention.deleteOldest(
                dsl,
                MEMBER_PROFILE,
                MEMBER_PROFILE.LAST_SEEN.lt(MessageRows.bound(lastSeenBefore)),
                MEMBER_PROFILE.LAST_SEEN,
                limit));
  }

  /**
   * {@inheritDoc}
   *
   * <p>One statement (see {@link ChatMoves}): {@code ON CONFLICT DO UPDATE ... WHERE} the arriving
   * profile has more messages.
   */
  @Override
  public int move(ChatMigration migration) {
    Objects.requireNonNull(migration, "migration");
    return StoreErrors.guard(
        "Moving the profiles of " + migration,
        () ->
            ChatMoves.move(
                dsl,
                MEMBER_PROFILE,
                MEMBER_PROFILE.CHAT_ID,
                Set.of(MEMBER_PROFILE.LAST_MESSAGE_ID),
                migration,
                insert ->
                    insert
                        .onConflict(MEMBER_PROFILE.CHAT_ID, MEMBER_PROFILE.MEMBER_ID)
                        .doUpdate()
                        .set(ChatMoves.arrivingValues(MEMBER_PROFILE))
                        .where(DSL.excluded(MEMBER_PROFILE.MESSAGES).gt(MEMBER_PROFILE.MESSAGES))));
  }

  private static void requireMember(ChatId chat, UserId member) {
    Objects.requireNonNull(chat, "chat");
    Objects.requireNonNull(member, "member");
  }
}
