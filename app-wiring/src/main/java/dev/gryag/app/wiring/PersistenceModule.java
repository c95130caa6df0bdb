package dev.gryag.app.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.gryag.adapter.persistence.JooqChatSettingsStore;
import dev.gryag.adapter.persistence.JooqChatSummaryStore;
import dev.gryag.adapter.persistence.JooqCursorStore;
import dev.gryag.adapter.persistence.JooqExpiringMessages;
import dev.gryag.adapter.persistence.JooqFactStore;
import dev.gryag.adapter.persistence.JooqMessageStore;
import dev.gryag.adapter.persistence.JooqPendingAnswers;
import dev.gryag.adapter.persistence.JooqPreferenceStore;
import dev.gryag.adapter.persistence.JooqProfileStore;
import dev.gryag.adapter.persistence.JooqTombstones;
import dev.gryag.adapter.persistence.PostgresDatabase;
import dev.gryag.app.wiring.cache.CachePolicy;
import dev.gryag.app.wiring.cache.CachedChatSettingsStore;
import dev.gryag.app.wiring.cache.CachedPreferenceStore;
import dev.gryag.core.cleanup.ChatSummaryStore;
import dev.gryag.core.cleanup.ExpiringMessages;
import dev.gryag.core.context.MessageStore;
import dev.gryag.core.conversation.CursorStore;
import dev.gryag.core.conversation.PendingAnswers;
import dev.gryag.core.forgetting.Tombstones;
import dev.gryag.core.personalization.FactStore;
import dev.gryag.core.personalization.PreferenceStore;
import dev.gryag.core.personalization.ProfileStore;
import dev.gryag.core.settings.ChatSettingsStore;

/**
 * The stores, on the PostgreSQL database the lifecycle started (the bot's, or the one a command
 * opened); the two read for every message (a chat's settings, a member's preferences) are served
 * through in-process caches.
 */
public final class PersistenceModule extends AbstractModule {

  private final PostgresDatabase database;

  public PersistenceModule(PostgresDatabase database) {
    this.database = database;
  }

  @Provides
  PostgresDatabase database() {
    return database;
  }

  @Provides
  @Singleton
  CursorStore cursors() {
    return new JooqCursorStore(database);
  }

  @Provides
  @Singleton
  MessageStore messages() {
    return new JooqMessageStore(database);
  }

  @Provides
  @Singleton
  PendingAnswers pendingAnswers() {
    return new JooqPendingAnswers(database);
  }

  @Provides
  @Singleton
  ChatSettingsStore settings() {
    return new CachedChatSettingsStore(new JooqChatSettingsStore(database), CachePolicy.DEFAULTS);
  }

  /** The profiles as stored, which an import puts its write-behind store in front of. */
  @Provides
  @Singleton
  JooqProfileStore storedProfiles() {
    return new JooqProfileStore(database);
  }

  @Provides
  ProfileStore profiles(JooqProfileStore stored) {
    return stored;
  }

  @Provides
  @Singleton
  FactStore facts() {
    return new JooqFactStore(database);
  }

  @Provides
  @Singleton
  PreferenceStore preferences() {
    return new CachedPreferenceStore(new JooqPreferenceStore(database), CachePolicy.DEFAULTS);
  }

  @Provides
  @Singleton
  ChatSummaryStore summaries() {
    return new JooqChatSummaryStore(database);
  }

  @Provides
  @Singleton
  Tombstones tombstones() {
    return new JooqTombstones(database);
  }

  @Provides
  @Singleton
  ExpiringMessages expiringMessages() {
    return new JooqExpiringMessages(database);
  }
}
