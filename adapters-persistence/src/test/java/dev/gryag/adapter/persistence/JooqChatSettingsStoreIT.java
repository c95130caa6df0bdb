package dev.gryag.adapter.persistence;

import static dev.gryag.adapter.persistence.jooq.Tables.CHAT_SETTINGS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gryag.adapter.persistence.DatabaseConfig.MigrationMode;
import dev.gryag.core.StoreException;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.UserId;
import dev.gryag.core.settings.ChatSettings;
import dev.gryag.core.settings.ChatSettingsStore;
import dev.gryag.core.settings.ChatSettingsStoreContract;
import dev.gryag.core.settings.ReplyPolicy;
import dev.gryag.core.settings.Trigger;
import java.time.Instant;
import java.util.EnumSet;
import org.jooq.JSONB;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link JooqChatSettingsStore} against the core contract, plus what only a database can show. */
class JooqChatSettingsStoreIT extends ChatSettingsStoreContract {

  @RegisterExtension static final FreshSchema db = new FreshSchema();

  @Override
  protected ChatSettingsStore newStore() {
    return new JooqChatSettingsStore(db.empty());
  }

  @Test
  void settingsSurviveANewPoolAndStore() {
    ChatSettings settings =
        ChatSettings.DEFAULTS
            .withPolicy(ReplyPolicy.DEFAULTS.withTriggers(EnumSet.of(Trigger.MENTION)))
            .withBan(UserId.of(42))
            .withContextResetAt(Instant.parse("2025-03-01T10:15:30.123456Z"));
    store.update(CHAT, s -> settings);

    try (PostgresDatabase reopened =
        PostgresDatabase.start(TestDatabases.config(db.schema(), MigrationMode.VALIDATE))) {
      assertThat(new JooqChatSettingsStore(reopened).get(CHAT)).isEqualTo(settings);
    }
  }

  @Test
  void onlyChatsThatChangedSomethingTakeARow() {
    store.get(CHAT);
    store.update(OTHER_CHAT, s -> s.withActive(false));

    assertThat(db.database().dsl().fetch(CHAT_SETTINGS).getValues(CHAT_SETTINGS.CHAT_ID))
        .containsExactly(OTHER_CHAT.value());
  }

  @Test
  void aFailingChangeLeavesTheStoredSettingsAsTheyWere() {
    store.update(CHAT, s -> s.withPersona("Перша"));

    assertThatThrownBy(() -> store.update(CHAT, s -> null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("returned null");
    assertThatThrownBy(() ->
            store.update(
                CHAT,
                s -> {
                  throw new IllegalStateException("refused");
                }))
        .hasMessage("refused");

    assertThat(store.get(CHAT).persona()).isEqualTo("Перша");
  }

  @Test
  void anUnreadableStoredPolicyIsAStoreErrorNamingTheChat() {
    store.update(ChatId.of(-77), s -> s.withPolicy(ReplyPolicy.DEFAULTS));
    db.database()
        .dsl()
        .update(CHAT_SETTINGS)
        .set(CHAT_SETTINGS.POLICY, JSONB.valueOf("{\"triggers\":[\"MENTION\"]}"))
        .execute();

    assertThatThrownBy(() -> store.get(ChatId.of(-77)))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("settings of chat -77 are unreadable");
  }

  @Test
  void aTriggerOfANewerVersionIsLeftOut() {
    store.update(
        CHAT, s -> s.withPolicy(ReplyPolicy.DEFAULTS.withTriggers(EnumSet.of(Trigger.RANDOM))));
    db.database()
        .dsl()
        .execute(
            "update chat_settings set policy = jsonb_set(policy, '{triggers}',"
                + " '[\"RANDOM\", \"TELEPATHY\"]')");

    assertThat(store.get(CHAT).policy().triggers()).containsExactly(Trigger.RANDOM);
  }
}
