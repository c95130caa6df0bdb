package dev.gryag.adapter.persistence;

import static dev.gryag.adapter.persistence.jooq.Tables.MEMBER_PREFERENCES;

import dev.gryag.adapter.persistence.jooq.tables.records.MemberPreferencesRecord;
import dev.gryag.core.StoreException;
import dev.gryag.core.analyzer.Language;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatMigration;
import dev.gryag.core.model.UserId;
import dev.gryag.core.personalization.MemberPreferences;
import dev.gryag.core.personalization.PreferenceStore;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * {@link PreferenceStore} on PostgreSQL (table {@code member_preferences}, one row per chat and
 * member): a save is one upsert, last write wins.
 */
public final class JooqPreferenceStore implements PreferenceStore {

  private final DSLContext dsl;

  public JooqPreferenceStore(PostgresDatabase database) {
    this.dsl = database.dsl();
  }

  @Override
  public Optional<MemberPreferences> find(ChatId chat, UserId member) {
    Condition row = is(chat, member);
    return StoreErrors.guard(
        "Reading the preferences of " + member + " in " + chat,
        () ->
            dsl.selectFrom(MEMBER_PREFERENCES)
                .where(row)
                .fetchOptional(JooqPreferenceStore::toPreferences));
  }

  @Override
  public void save(MemberPreferences preferences) {
    Objects.requireNonNull(preferences, "preferences");
    MemberPreferencesRecord row = new MemberPreferencesRecord();
    row.setChatId(preferences.chat().value());
    row.setMemberId(preferences.member().value());
    row.setPreferredName(MessageRows.storable(preferences.preferredName()));
    row.setPronouns(MessageRows.storable(preferences.pronouns()));
    row.setReplyLanguage(
        preferences.replyLanguage() == null ? null : preferences.replyLanguage().name());
    row.setOptedOut(preferences.optedOut());
    row.setUpdatedAt(MessageRows.micros(preferences.updatedAt()));
    StoreErrors.guard(
        "Saving the preferences of " + preferences.member() + " in " + preferences.chat(),
        () ->
            dsl.insertInto(MEMBER_PREFERENCES)
                .set(row)
                .onConflict(MEMBER_PREFERENCES.CHAT_ID, MEMBER_PREFERENCES.MEMBER_ID)
                .doUpdate()
                .set(row)
                .execute());
  }

  @Override
  public boolean delete(ChatId chat, UserId member) {
    Condition row = is(chat, member);
    return StoreErrors.guard(
        "Deleting the preferences of " + member + " in " + chat,
        () -> dsl.deleteFrom(MEMBER_PREFERENCES).where(row).execute() > 0);
  }

  /**
   * {@inheritDoc}
   *
   * <p>One statement (see {@link ChatMoves}): {@code ON CONFLICT DO NOTHING} keeps the target's.
   */
  @Override
  public int move(ChatMigration migration) {
    Objects.requireNonNull(migration, "migration");
    return StoreErrors.guard(
        "Moving the preferences of " + migration,
        () ->
            ChatMoves.move(
                dsl,
                MEMBER_PREFERENCES,
                MEMBER_PREFERENCES.CHAT_ID,
                Set.of(),
                migration,
                insert -> insert.onConflictDoNothing()));
  }

  private static Condition is(ChatId chat, UserId member) {
    Objects.requireNonNull(chat, "chat");
    Objects.requireNonNull(member, "member");
    return MEMBER_PREFERENCES
        .CHAT_ID
        .eq(chat.value())
        .and(MEMBER_PREFERENCES.MEMBER_ID.eq(member.value()));
  }

  private static MemberPreferences toPreferences(MemberPreferencesRecord row) {
    try {
      String language = row.getReplyLanguage();
      return new MemberPreferences(
          ChatId.of(row.getChatId()),
          UserId.of(row.getMemberId()),
          row.getPreferredName(),
          row.getPronouns(),
          language == null ? null : Language.valueOf(language),
          row.getOptedOut(),
          row.getUpdatedAt());
    } catch (IllegalArgumentException e) {
      throw new StoreException(
          "The stored preferences of member %d in chat %d are unreadable: %s"
              .formatted(row.getMemberId(), row.getChatId(), e.getMessage()),
          e);
    }
  }
}
