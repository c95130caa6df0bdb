package dev.gryag.adapter.telegram;

/**
 * Receives each incoming Telegram event, in update order. The receiver commits the update as read
 * only after {@link #handle} returns, so it must return only when the event is durably handled
 * (stored), and be idempotent: after a crash the same event can come again.
 */
@FunctionalInterface
public interface UpdateHandler {

  /**
   * Handles one event. Throwing leaves the update uncommitted: it is retried with backoff (without
   * limit for a transient {@link dev.gryag.core.StoreException}, a few times otherwise, then it is
   * logged and skipped).
   */
  void handle(TelegramEvent event);
}
