package dev.gryag.adapter.telegram;

import static dev.gryag.core.config.SettingGroup.ADVANCED;
import static dev.gryag.core.config.SettingGroup.ESSENTIAL;

import dev.gryag.core.config.Configuration;
import dev.gryag.core.config.ListenAddress;
import dev.gryag.core.config.OutboundUrls;
import dev.gryag.core.config.Setting;
import dev.gryag.core.config.SettingTypes;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import okhttp3.HttpUrl;

/**
 * The Telegram adapter's keys: the bot token, the Bot API's URL, how updates arrive (long polling,
 * or a webhook with its URL, secret and port), and how long a group's admin list is trusted.
 */
public final class TelegramSettings {

  /** How the bot receives updates. */
  public enum ReceiveMode {
    POLLING,
    WEBHOOK
  }

  public static final Setting<String> TELEGRAM_BOT_TOKEN =
      Setting.secret(
          "TELEGRAM_BOT_TOKEN",
          ESSENTIAL,
          SettingTypes.text(
              TelegramConfig.TOKEN,
              "a Telegram bot token (digits, a colon, then at least 8 of A-Z a-z 0-9 _ -): copy"
                  + " it again from @BotFather",
              ""),
          "The bot's token from @BotFather (required).");
  public static final Setting<ReceiveMode> RECEIVE_MODE =
      Setting.of(
          "GRYAG_RECEIVE_MODE",
          ADVANCED,
          SettingTypes.oneOf(ReceiveMode.class),
          "polling",
          "How updates arrive: " + SettingTypes.names(ReceiveMode.class) + ".");
  public static final Setting<URI> TELEGRAM_API_URL =
      Setting.of(
          "GRYAG_TELEGRAM_API_URL",
          ADVANCED,
          SettingTypes.httpUrl().map(TelegramSettings::apiUrl).describedAs(OutboundUrls.RANGE),
          TelegramConfig.DEFAULT_API_URL.toString(),
          "Bot API base URL (a self-hosted telegram-bot-api server).");
  public static final Setting<Duration> ADMINS_TTL =
      Setting.of(
          "GRYAG_ADMINS_TTL",
          ADVANCED,
          SettingTypes.duration(Duration.ofSeconds(10), Duration.ofDays(1)),
          // TelegramChatAdministrators.DEFAULT_TTL (a test keeps them equal), written out so that
          // declaring the keys does not load that class, whose logger would start the logging
          // before the bot has read GRYAG_LOG_FORMAT.
          "10m",
          "How long a group's admin list from Telegram is trusted; a change of admins the bot"
              + " hears of (it must be an admin itself) applies at once.");
  public static final Setting<URI> WEBHOOK_URL =
      Setting.of(
          "GRYAG_WEBHOOK_URL",
          ADVANCED,
          SettingTypes.httpUrl(),
          "",
          "Public HTTPS URL Telegram posts updates to (webhook mode).");
  public static final Setting<String> WEBHOOK_SECRET =
      Setting.secret(
          "GRYAG_WEBHOOK_SECRET",
          ADVANCED,
          SettingTypes.text(
              WebhookConfig.SECRET,
              "1-256 characters of A-Z a-z 0-9 _ -",
              "A-Z a-z 0-9 _ - (1-256)"),
          "Secret Telegram sends in X-Telegram-Bot-Api-Secret-Token (webhook mode); empty: a"
              + " random one at each start.");
  public static final Setting<Integer> WEBHOOK_PORT =
      Setting.of(
          "GRYAG_WEBHOOK_PORT",
          ADVANCED,
          SettingTypes.integer(1, 65_535),
          "8443",
          "Local port of the webhook endpoint, on 127.0.0.1 (GRYAG_WEBHOOK_LISTEN wins over it).");
  public static final Setting<ListenAddress> WEBHOOK_LISTEN =
      Setting.of(
          "GRYAG_WEBHOOK_LISTEN",
          ADVANCED,
          SettingTypes.listenAddress(),
          "",
          "Local host:port of the webhook endpoint, e.g. 0.0.0.0:8443 to take connections from"
              + " other machines (empty: 127.0.0.1 and GRYAG_WEBHOOK_PORT, for a reverse proxy on"
              + " this one).");

  private TelegramSettings() {}

  /** Every key of the Telegram adapter, in documentation order. */
  public static List<Setting<?>> all() {
    return List.of(
        TELEGRAM_BOT_TOKEN,
        RECEIVE_MODE,
        TELEGRAM_API_URL,
        ADMINS_TTL,
        WEBHOOK_URL,
        WEBHOOK_SECRET,
        WEBHOOK_PORT,
        WEBHOOK_LISTEN);
  }

  /**
   * Every request carries the token, so the Bot API's URL follows {@link OutboundUrls}; the host is
   * checked as OkHttp, which makes the calls, reads it.
   */
  private static URI apiUrl(URI url) {
    HttpUrl parsed = url == null ? null : HttpUrl.parse(url.toString());
    if (parsed == null) {
      throw new IllegalArgumentException("expected an http:// or https:// URL");
    }
    OutboundUrls.check(parsed.scheme(), parsed.host());
    return url;
  }

  /** The client's configuration: the token and the Bot API's URL, the rest at the defaults. */
  public static TelegramConfig client(Configuration config) {
    return TelegramConfig.of(config.get(TELEGRAM_BOT_TOKEN))
        .withApiUrl(config.get(TELEGRAM_API_URL));
  }

  /**
   * The webhook's configuration; only for {@link ReceiveMode#WEBHOOK}, with its URL set.
   *
   * @throws IllegalArgumentException when GRYAG_WEBHOOK_LISTEN and GRYAG_WEBHOOK_PORT disagree
   */
  public static WebhookConfig webhook(Configuration config) {
    String secret = config.get(WEBHOOK_SECRET);
    return WebhookConfig.of(config.get(WEBHOOK_URL), config.get(WEBHOOK_PORT))
        .withSecret(secret.isEmpty() ? null : secret)
        .listeningOn(ListenAddress.resolve(config, WEBHOOK_LISTEN, WEBHOOK_PORT));
  }
}
