package dev.gryag.core.chats;

import dev.gryag.core.cleanup.ChatSummaryStore;
import dev.gryag.core.context.MessageStore;
import dev.gryag.core.model.ChatMigration;
import dev.gryag.core.personalization.FactStore;
import dev.gryag.core.personalization.PreferenceStore;
import dev.gryag.core.personalization.ProfileStore;
import dev.gryag.core.settings.ChatSettingsStore;
import java.util.Objects;

/**
 * The use case of a group that became a supergroup: everything the bot keeps about the group —
 * settings, members' preferences, messages, profiles, facts, summaries — moves to the new chat id,
 * with message ids mapped as {@link ChatMigration} documents, so the bot remembers the group there.
 *
 * <p>Each store's move is idempotent, so {@link #migrate} may run any number of times: Telegram
 * reports a migration in both chats, and a run cut short by a crash or a store failure is completed
 * by the next one. Settings and preferences move first, so a member's opt-out and the chat's bans
 * apply in the new chat before its history arrives there. Thread-safe.
 */
public final class ChatMigrations {

  private final ChatSettingsStore settings;
  private final PreferenceStore preferences;
  private final MessageStore messages;
  private final ProfileStore profiles;
  private final FactStore facts;
  private final ChatSummaryStore summaries;

  public ChatMigrations(
      ChatSettingsStore settings,
      PreferenceStore preferences,
      MessageStore messages,
      ProfileStore profiles,
      FactStore facts,
      ChatSummaryStore summaries) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.preferences = Objects.requireNonNull(preferences, "preferences");
    this.messages = Objects.requireNonNull(messages, "messages");
    this.profiles = Objects.requireNonNull(profiles, "profiles");
    this.facts = Objects.requireNonNull(facts, "facts");
    this.summaries = Objects.requireNonNull(summaries, "summaries");
  }

  /**
   * Moves what is still kept under {@code migration.from()} to {@code migration.to()} and says how
   * much moved this time (all zero when an earlier run moved everything).
   *
   * @throws dev.gryag.core.StoreException when a store fails; the stores moved before it stay
   *     moved, and running again completes the rest
   */
  public MigrationReport migrate(ChatMigration migration) {
    Objects.requireNonNull(migration, "migration");
    long movedSettings = settings.move(migration);
    long movedPreferences = preferences.move(migration);
    long movedMessages = messages.move(migration);
    long movedProfiles = profiles.move(migration);
    long movedFacts = facts.move(migration);
    long movedSummaries = summaries.move(migration);
    return new MigrationReport(
        migration,
        movedSettings,
        movedPreferences,
        movedMessages,
        movedProfiles,
        movedFacts,
        movedSummaries);
  }
}
