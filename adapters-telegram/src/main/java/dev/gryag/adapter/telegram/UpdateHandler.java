package dev.gryag.adapter.telegram;

/**
 * Receives each incoming Telegram event, in update order. The receiver commits the update as read
 * only after {@link #handle} returns, so it must return only when the event is durably handled
 * (stored), and be idempotent: after a crash the same event can come again.
 */
@FunctionalInterface
public interface UpdateHandler {

  /**
   * Handles one event. Throwing leaves the update uncommitted: it is retried (with backoff when
   * polling; by Telegram, after an error status, for a webhook), without limit for a transient
   * {@link dev.gryag.core.StoreException}, a few times otherwise, then it is logged and skipped.
   */
  void handle(TelegramEvent event);

  /**
   * Told when an update is skipped without being handled, after it was logged with its id: it could
   * not be mapped ({@code reason} "malformed") or the handler kept failing on it ("failed"). For
   * counting; must not throw. Does nothing by default.
   *
   * @param updateId the update's id; -1 when it had none
   */
  default void skipped(long updateId, String reason) {}
}
