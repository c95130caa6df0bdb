package dev.gryag.adapter.telegram;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * A Bot API answer with {@code "ok": false}: its {@code error_code}, {@code description} and the
 * {@code parameters} that tell the bot what to do next.
 *
 * @param code the Bot API {@code error_code} (an HTTP status)
 * @param description Telegram's explanation, e.g. {@code Forbidden: bot was blocked by the user}
 * @param retryAfter {@code parameters.retry_after} of a 429, else null
 * @param migrateToChatId {@code parameters.migrate_to_chat_id} when the group became a supergroup,
 *     else null
 */
record ApiError(int code, String description, Duration retryAfter, Long migrateToChatId) {

  ApiError {
    description = Objects.requireNonNullElse(description, "");
  }

  static ApiError of(int code, String description) {
    return new ApiError(code, description, null, null);
  }

  boolean cantParseEntities() {
    return code == 400 && lower().contains("can't parse entities");
  }

  boolean replyNotFound() {
    String d = lower();
    return code == 400
        && (d.contains("message to be replied not found")
            || d.contains("replied message not found"));
  }

  /** The bot was blocked, kicked, or the chat is gone. */
  boolean chatUnavailable() {
    String d = lower();
    return code == 403
        || (code == 400
            && (d.contains("chat not found")
                || d.contains("group chat was deactivated")
                || d.contains("peer_id_invalid")));
  }

  boolean serverSide() {
    return code >= 500 || code == 0;
  }

  private String lower() {
    return description.toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder().append(code).append(' ').append(description);
    if (retryAfter != null) {
      text.append(" (retry after ").append(retryAfter.toSeconds()).append(" s)");
    }
    if (migrateToChatId != null) {
      text.append(" (migrated to chat ").append(migrateToChatId).append(')');
    }
    return text.toString();
  }
}
