package dev.gryag.adapter.persistence;

import static dev.gryag.adapter.persistence.jooq.Tables.CHAT_SETTINGS;

import dev.gryag.adapter.persistence.jooq.tables.records.ChatSettingsRecord;
import dev.gryag.core.StoreException;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatMigration;
import dev.gryag.core.model.UserId;
import dev.gryag.core.settings.ChatSettings;
import dev.gryag.core.settings.ChatSettingsStore;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.impl.DSL;

/**
 * {@link ChatSettingsStore} on PostgreSQL (table {@code chat_settings}, one row per chat that
 * changed something). An update is one short transaction that locks the chat's row ({@code SELECT
 * ... FOR UPDATE}), applies the change and writes the result, so concurrent updates of one chat
 * queue up and none is lost.
 */
public final class JooqChatSettingsStore implements ChatSettingsStore {

  private final DSLContext dsl;

  public JooqChatSettingsStore(PostgresDatabase database) {
    this.dsl = database.dsl();
  }

  @Override
  public ChatSettings get(ChatId chat) {
    Objects.requireNonNull(chat, "chat");
    return StoreErrors.guard(
        "Reading the settings of " + chat,
        () ->
            dsl.selectFrom(CHAT_SETTINGS)
                .where(CHAT_SETTINGS.CHAT_ID.eq(chat.value()))
                .fetchOptional(JooqChatSettingsStore::toSettings)
                .orElse(ChatSettings.DEFAULTS));
  }

  @Override
  public ChatSettings update(ChatId chat, UnaryOperator<ChatSettings> change) {
    Objects.requireNonNull(chat, "chat");
    Objects.requireNonNull(change, "change");
    return StoreErrors.guard(
        "Updating the settings of " + chat,
        () -> dsl.transactionResult(transaction -> apply(transaction.dsl(), chat, change)));
  }

  /**
   * {@inheritDoc}
   *
   * <p>One transaction: deletes the old chat's row (locking it), creates the new chat's row unless
   * it has one, locks it, and writes the old settings there, merged when the row was not new.
   */
  @Override
  public int move(ChatMigration migration) {
    Objects.requireNonNull(migration, "migration");
    return StoreErrors.guard(
        "Moving the settings of " + migration,
        () -> dsl.transactionResult(transaction -> move(transaction.dsl(), migration)));
  }

  private static int move(DSLContext dsl, ChatMigration migration) {
    ChatSettingsRecord old =
        dsl.deleteFrom(CHAT_SETTINGS)
            .where(CHAT_SETTINGS.CHAT_ID.eq(migration.from().value()))
            .returning()
            .fetchOne();
    if (old == null) {
      return 0;
    }
    ChatSettings moved = toSettings(old);
    boolean targetHadNone =
        dsl.insertInto(CHAT_SETTINGS, CHAT_SETTINGS.CHAT_ID)
                .values(migration.to().value())
                .onConflictDoNothing()
                .execute()
            == 1;
    apply(dsl, migration.to(), target -> targetHadNone ? moved : moved.movedOnto(target));
    return 1;
  }

  private static ChatSettings apply(
      DSLContext dsl, ChatId chat, UnaryOperator<ChatSettings> change) {
    dsl.insertInto(CHAT_SETTINGS, CHAT_SETTINGS.CHAT_ID)
        .values(chat.value())
        .onConflictDoNothing()
        .execute();
    ChatSettingsRecord row =
        dsl.selectFrom(CHAT_SETTINGS)
            .where(CHAT_SETTINGS.CHAT_ID.eq(chat.value()))
            .forUpdate()
            .fetchSingle();
    ChatSettings changed =
        Objects.requireNonNull(change.apply(toSettings(row)), "a settings change returned null");
    ChatSettings updated = changed.withContextResetAt(MessageRows.micros(changed.contextResetAt()));
    String policy = updated.policy() == null ? null : PolicyJson.write(updated.policy());
    dsl.update(CHAT_SETTINGS)
        .set(CHAT_SETTINGS.ACTIVE, updated.active())
        .set(CHAT_SETTINGS.PERSONA, MessageRows.storable(updated.persona()))
        .set(CHAT_SETTINGS.POLICY, policy == null ? null : JSONB.valueOf(policy))
        .set(
            CHAT_SETTINGS.BANNED,
            updated.banned().stream().map(UserId::value).sorted().toArray(Long[]::new))
        .set(CHAT_SETTINGS.CONTEXT_RESET_AT, updated.contextResetAt())
        .set(CHAT_SETTINGS.UPDATED_AT, DSL.currentInstant())
        .where(CHAT_SETTINGS.CHAT_ID.eq(chat.value()))
        .execute();
    return updated;
  }

  private static ChatSettings toSettings(ChatSettingsRecord row) {
    try {
      return new ChatSettings(
          row.getActive(),
          row.getPersona(),
          row.getPolicy() == null ? null : PolicyJson.read(row.getPolicy().data()),
          Arrays.stream(row.getBanned()).map(UserId::of).collect(Collectors.toSet()),
          row.getContextResetAt());
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw new StoreException(
          "The stored settings of chat " + row.getChatId() + " are unreadable: " + e.getMessage(),
          e);
    }
  }
}
