package dev.gryag.core.settings;

import dev.gryag.core.model.ChatId;
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
}
