package dev.gryag.adapter.telegram;

/**
 * A Bot API call the bot cannot do without failed: {@code getMe}, {@code setWebhook}, or polling
 * itself when the token was rejected. Its message says what to fix and never contains the token.
 */
public class TelegramException extends RuntimeException {

  private final int errorCode;

  TelegramException(String message, int errorCode, Throwable cause) {
    super(message, cause);
    this.errorCode = errorCode;
  }

  /** The Bot API's {@code error_code}, or 0 when Telegram could not be reached. */
  public int errorCode() {
    return errorCode;
  }

  /** True when Telegram rejected the bot token (HTTP 401). */
  public boolean unauthorized() {
    return errorCode == 401;
  }

  /** True when trying again later may help: Telegram unreachable, 5xx, or 429. */
  public boolean isTransient() {
    return errorCode == 0 || errorCode == 429 || errorCode >= 500;
  }

  static TelegramException from(String method, ApiError error) {
    if (error.code() == 401) {
      return unauthorized(method);
    }
    return new TelegramException(method + " failed: " + error, error.code(), null);
  }

  static TelegramException unauthorized(String method) {
    return new TelegramException(
        "Telegram rejected the bot token (401 Unauthorized on "
            + method
            + "): TELEGRAM_BOT_TOKEN is wrong or was revoked; get the current token from"
            + " @BotFather",
        401,
        null);
  }
}
