package dev.gryag.adapter.telegram;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How to reach the Bot API: the bot token, the API's base URL, the long-polling settings and the
 * send limits. {@link #toString()} never shows the token.
 *
 * @param token the bot token from @BotFather ({@code 123456789:AA…}); secret
 * @param apiUrl the Bot API base URL: {@code https://api.telegram.org} or a self-hosted server
 * @param pollTimeout how long one {@code getUpdates} call may wait for updates (1 s to 10 min)
 * @param allowedUpdates the update types to receive (Bot API {@code allowed_updates}); copied
 * @param sendLimits the outbound throttle
 */
public record TelegramConfig(
    String token,
    URI apiUrl,
    Duration pollTimeout,
    List<String> allowedUpdates,
    SendLimits sendLimits) {

  /** Telegram's own Bot API server. */
  public static final URI DEFAULT_API_URL = URI.create("https://api.telegram.org");

  /** The long-polling timeout Telegram's documentation suggests for bots. */
  public static final Duration DEFAULT_POLL_TIMEOUT = Duration.ofSeconds(50);

  /**
   * The update types Gryag acts on; {@code chat_member} (which Telegram sends only when asked for,
   * and only to a bot that administers the chat) tells when a chat's admins change.
   */
  public static final List<String> DEFAULT_ALLOWED_UPDATES =
      List.of("message", "edited_message", "my_chat_member", "chat_member");

  static final Pattern TOKEN = Pattern.compile("\\d{1,20}:[A-Za-z0-9_-]{8,}");

  public TelegramConfig {
    Objects.requireNonNull(token, "token");
    if (!TOKEN.matcher(token).matches()) {
      // The value itself must not be echoed: it may be a real token with a typo.
      throw new IllegalArgumentException(
          "bot token does not look like a Telegram bot token (digits, a colon, then at least 8 of"
              + " A-Z a-z 0-9 _ -); copy it again from @BotFather");
    }
    apiUrl = apiUrl == null ? DEFAULT_API_URL : apiUrl;
    if (!apiUrl.isAbsolute()
        || !("http".equals(apiUrl.getScheme()) || "https".equals(apiUrl.getScheme()))) {
      throw new IllegalArgumentException(
          "apiUrl must be an absolute http(s) URL, was '" + apiUrl + "'");
    }
    pollTimeout = pollTimeout == null ? DEFAULT_POLL_TIMEOUT : pollTimeout;
    if (pollTimeout.compareTo(Duration.ofSeconds(1)) < 0
        || pollTimeout.compareTo(Duration.ofMinutes(10)) > 0) {
      throw new IllegalArgumentException(
          "pollTimeout must be between 1 s and 10 min, was " + pollTimeout);
    }
    allowedUpdates = allowedUpdates == null ? DEFAULT_ALLOWED_UPDATES : List.copyOf(allowedUpdates);
    sendLimits = sendLimits == null ? SendLimits.TELEGRAM : sendLimits;
  }

  /** A configuration with every default and the given token. */
  public static TelegramConfig of(String token) {
    return new TelegramConfig(token, null, null, null, null);
  }

  public TelegramConfig withApiUrl(URI url) {
    return new TelegramConfig(token, url, pollTimeout, allowedUpdates, sendLimits);
  }

  public TelegramConfig withPollTimeout(Duration timeout) {
    return new TelegramConfig(token, apiUrl, timeout, allowedUpdates, sendLimits);
  }

  public TelegramConfig withAllowedUpdates(List<String> updates) {
    return new TelegramConfig(token, apiUrl, pollTimeout, updates, sendLimits);
  }

  public TelegramConfig withSendLimits(SendLimits limits) {
    return new TelegramConfig(token, apiUrl, pollTimeout, allowedUpdates, limits);
  }

  /** The bot's own id: the part of the token before the colon, which is not secret. */
  public long botId() {
    return Long.parseLong(token.substring(0, token.indexOf(':')));
  }

  @Override
  public String toString() {
    return "TelegramConfig[token="
        + botId()
        + ":<redacted>, apiUrl="
        + apiUrl
        + ", pollTimeout="
        + pollTimeout
        + ", allowedUpdates="
        + allowedUpdates
        + ", sendLimits="
        + sendLimits
        + "]";
  }
}
