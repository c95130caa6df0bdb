package dev.gryag.core.chats;

import dev.gryag.core.conversation.ChatChanges;
import dev.gryag.core.conversation.ChatLanes;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatMigration;
import dev.gryag.core.settings.ChatSettingsStore;
import java.lang.System.Logger.Level;
import java.util.Objects;

/**
 * The one owner of chat availability: whether the bot may write in a chat, and where a group's
 * history lives once it became a supergroup. A runner calls it with what the platform reports (the
 * bot was added or removed, a group migrated); the conversation, as its {@link ChatChanges}, with
 * what sending found out (the chat is gone, or it moved).
 *
 * <p>Thread-safe, and every method is idempotent: the same news may come from the platform's
 * updates and from sending, more than once. Storage failures throw {@link
 * dev.gryag.core.StoreException}; what was written before stays written, and a runner should not
 * acknowledge the update, so that it comes again and completes the rest.
 */
public final class ChatAvailability implements ChatChanges {

  private static final System.Logger LOG = System.getLogger(ChatAvailability.class.getName());

  private final ChatSettingsStore settings;
  private final ChatMigrations migrations;
  private final ChatLanes lanes;

  /** Availability for a bot without lanes: a migration moves the history once, at once. */
  public ChatAvailability(ChatSettingsStore settings, ChatMigrations migrations) {
    this(settings, migrations, null);
  }

  /**
   * @param lanes the chats' serial lanes, where the old group's is swept once more after a
   *     migration; null for none
   */
  public ChatAvailability(ChatSettingsStore settings, ChatMigrations migrations, ChatLanes lanes) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.migrations = Objects.requireNonNull(migrations, "migrations");
    this.lanes = lanes;
  }

  /** The bot was added to the chat, or came back: it may speak there again. */
  public void botJoined(ChatId chat) {
    Objects.requireNonNull(chat, "chat");
    settings.update(chat, current -> current.withActive(true));
  }

  /** The bot was removed from the chat or left it: it stays silent there until it is back. */
  public void botLeft(ChatId chat) {
    Objects.requireNonNull(chat, "chat");
    settings.update(chat, current -> current.withActive(false));
  }

  /**
   * Sending found that the bot can no longer write in the chat (blocked, removed, the chat is
   * gone): it stays silent there, as if it had left, until it is back or an admin says {@code
   * /start}.
   */
  @Override
  public void unavailable(ChatId chat, String reason) {
    Objects.requireNonNull(chat, "chat");
    LOG.log(
        Level.WARNING, "chat " + chat + " is unavailable (" + reason + "); marking it inactive");
    settings.update(chat, current -> current.withActive(false));
  }

  /**
   * A group became a supergroup: what the bot keeps of it moves to the new id at once, durably
   * before this returns ({@link ChatMigrations}), and with lanes once more in the old chat's lane,
   * after whatever it was still doing: an answer under way there may store the bot's message under
   * the old id after the first run. One INFO line says what moved (counts only); a run that finds
   * nothing left moves nothing.
   */
  @Override
  public void migrated(ChatMigration migration) {
    Objects.requireNonNull(migration, "migration");
    MigrationReport report = migrations.migrate(migration);
    LOG.log(Level.INFO, "a group became a supergroup; moved " + report);
    if (lanes != null) {
      sweepLater(migration);
    }
  }

  private void sweepLater(ChatMigration migration) {
    try {
      lanes.submit(migration.from(), () -> sweep(migration));
    } catch (IllegalStateException closed) {
      LOG.log(Level.DEBUG, "the lanes are closed: no second run of " + migration);
    }
  }

  private void sweep(ChatMigration migration) {
    MigrationReport late = migrations.migrate(migration);
    if (late.total() > 0) {
      LOG.log(Level.INFO, "moved what the old chat's lane stored meanwhile: " + late);
    }
  }
}
