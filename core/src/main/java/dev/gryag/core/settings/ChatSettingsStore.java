package dev.gryag.core.settings;

import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatMigration;
import java.util.function.UnaryOperator;

/**
 * Keeps each chat's {@link ChatSettings}.
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>{@link #get} of a chat never updated returns {@link ChatSettings#DEFAULTS}; it never
 *       returns null.
 *   <li>{@link #update} is atomic per chat: concurrent updates of one chat are applied one after
 *       the other, none is lost. It is durable when it returns.
 *   <li>Chats are independent. Thread-safe. Storage failures throw {@link
 *       dev.gryag.core.StoreException}.
 * </ul>
 */
public interface ChatSettingsStore {

  /** The chat's settings, {@link ChatSettings#DEFAULTS} when it never changed any. */
  ChatSettings get(ChatId chat);

  /**
   * Replaces the chat's settings by {@code change} applied to the current ones (the defaults when
   * none are stored) and returns the result. {@code change} may be called more than once when
   * updates race, so it must be free of side effects; it must not return null.
   */
  ChatSettings update(ChatId chat, UnaryOperator<ChatSettings> change);

  /**
   * Moves the old group's settings to the supergroup it became. When {@code to} has no stored
   * settings they move as they are; when it has (the bot was added there, or a command ran there,
   * before the move) the two are merged by {@link ChatSettings#movedOnto}. Afterwards {@code from}
   * has none stored ({@link #get} gives the defaults).
   *
   * <p>Idempotent: a second call finds nothing to move and changes nothing. On a database one
   * transaction.
   *
   * @return 1 when {@code from} had settings stored and they moved, else 0
   */
  int move(ChatMigration migration);
}
