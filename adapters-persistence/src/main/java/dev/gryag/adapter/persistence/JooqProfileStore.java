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
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.ResultQuery;
import org.jooq.impl.DSL;

/**
 * {@link ProfileStore} on PostgreSQL (table {@code member_profile}, one row per chat and member).
 *
 * <p>An update of a profile this store wrote recently is one autocommit statement: the store keeps
 * the profiles it wrote last with their row's version stamp (a bounded cache, {@link
 * ProfileVersions}), applies the change to the cached profile and writes it with {@code UPDATE ...
 * WHERE version = ? RETURNING version}. Every write of a row, by any writer, gives it a new stamp
 * (a trigger, schema version 4), so a stamp that still matches proves nobody else wrote the row
 * since. When it does not match (another process wrote, the row is gone) or nothing is cached, the
 * update locks the row for one short transaction (see {@link RowUpdates}), rereads it and caches
 * the result; the change may then run twice. The store's own deletes and moves drop what they touch
 * from the cache. A load is one primary-key lookup and always reads the database; retention deletes
 * the least recently seen in bounded statements on {@code member_profile_last_seen_idx}.
 */
public final class JooqProfileStore implements ProfileStore {

  /** How many profiles a store remembers by default (a few MB of heap). */
  public static final int DEFAULT_CACHED_PROFILES = 10_000;

  private final DSLContext dsl;
  private final ProfileVersions versions;

  public JooqProfileStore(PostgresDatabase database) {
    this(database, DEFAULT_CACHED_PROFILES);
  }

  /**
   * A store remembering up to {@code cachedProfiles} profiles for one-statement updates; 0 makes
   * every update take the locked path.
   *
   * @throws IllegalArgumentException when {@code cachedProfiles} is negative
   */
  public JooqProfileStore(PostgresDatabase database, int cachedProfiles) {
    this.dsl = database.dsl();
    this.versions = new ProfileVersions(cachedProfiles);
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
        () -> fastUpdate(chat, member, change).orElseGet(() -> lockedUpdate(chat, member, change)));
  }

  /** The one-statement update of a cached profile; empty when it must take the locked path. */
  private Optional<Optional<MemberProfile>> fastUpdate(
      ChatId chat, UserId member, UnaryOperator<Optional<MemberProfile>> change) {
    Optional<ProfileVersions.Stored> cached = versions.get(chat, member);
    if (cached.isEmpty()) {
      return Optional.empty();
    }
    Optional<MemberProfile> next =
        Objects.requireNonNull(
                change.apply(Optional.of(cached.get().profile())), "the change returned null")
            .map(p -> check(chat, member, p));
    versions.forget(chat, member);
    if (next.isEmpty()) {
      return Optional.empty();
    }
    OptionalLong written = ProfileRow.replaceIfUnchanged(dsl, next.get(), cached.get().version());
    if (written.isEmpty()) {
      return Optional.empty();
    }
    versions.put(next.get(), written.getAsLong());
    return Optional.of(next);
  }

  private Optional<MemberProfile> lockedUpdate(
      ChatId chat, UserId member, UnaryOperator<Optional<MemberProfile>> change) {
    ProfileRow row = new ProfileRow(chat, member);
    Optional<MemberProfile> stored =
        RowUpdates.update(dsl, row, change, p -> check(chat, member, p));
    if (stored.isPresent() && row.written().isPresent()) {
      versions.put(stored.get(), row.written().getAsLong());
    }
    return stored;
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
                .and(
                    DSL.lower(MEMBER_PROFILE.USERNAME)
                        .eq(DSL.lower(DSL.val(MessageRows.storable(name)))))
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
        () -> {
          boolean deleted =
              dsl.deleteFrom(MEMBER_PROFILE).where(ProfileRows.is(chat, member)).execute() > 0;
          versions.forget(chat, member);
          return deleted;
        });
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
        () -> {
          int deleted =
              Retention.deleteOldest(
                  dsl,
                  MEMBER_PROFILE,
                  MEMBER_PROFILE.LAST_SEEN.lt(MessageRows.bound(lastSeenBefore)),
                  MEMBER_PROFILE.LAST_SEEN,
                  limit);
          if (deleted > 0) {
            versions.forgetAll();
          }
          return deleted;
        });
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
    int moved =
        StoreErrors.guard(
            "Moving the profiles of " + migration,
            () -> moveQuery(dsl, migration).fetchSingle().value1());
    versions.forgetChats(Set.of(migration.from(), migration.to()));
    return moved;
  }

  /** The statement of {@link #move}: the longer history wins a conflict. Its plan is tested. */
  static ResultQuery<Record1<Integer>> moveQuery(DSLContext dsl, ChatMigration migration) {
    return ChatMoves.moveQuery(
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
                .where(DSL.excluded(MEMBER_PROFILE.MESSAGES).gt(MEMBER_PROFILE.MESSAGES)));
  }

  private static void requireMember(ChatId chat, UserId member) {
    Objects.requireNonNull(chat, "chat");
    Objects.requireNonNull(member, "member");
  }
}
