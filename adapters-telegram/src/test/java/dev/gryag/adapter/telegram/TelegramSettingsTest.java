package dev.gryag.adapter.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gryag.core.config.Configuration;
import dev.gryag.core.config.Durations;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TelegramSettingsTest {

  private static final String TOKEN = "123456:AAHsecretTOKENvalue";

  private static Configuration read(Map<String, String> values) {
    return Configuration.of(TelegramSettings.all(), values);
  }

  @Test
  void theDefaultsAreTheAdaptersOwn() {
    Configuration config = read(Map.of("TELEGRAM_BOT_TOKEN", TOKEN));

    assertThat(Durations.parse(TelegramSettings.ADMINS_TTL.defaultText()))
        .isEqualTo(TelegramChatAdministrators.DEFAULT_TTL);
    assertThat(config.get(TelegramSettings.RECEIVE_MODE))
        .isEqualTo(TelegramSettings.ReceiveMode.POLLING);
    assertThat(TelegramSettings.client(config).apiUrl()).isEqualTo(TelegramConfig.DEFAULT_API_URL);
    assertThat(TelegramSettings.client(config).token()).isEqualTo(TOKEN);
  }

  @Test
  void aMalformedTokenOrSecretIsRefusedAtLoadWithoutBeingEchoed() {
    assertThatThrownBy(() ->
            read(Map.of("TELEGRAM_BOT_TOKEN", "123456-AAHsecret", "GRYAG_WEBHOOK_SECRET", "a b")))
        .hasMessageContaining(
            "TELEGRAM_BOT_TOKEN: expected a Telegram bot token (digits, a colon, then at least 8"
                + " of A-Z a-z 0-9 _ -): copy it again from @BotFather, got a hidden value of 16"
                + " characters")
        .hasMessageContaining(
            "GRYAG_WEBHOOK_SECRET: expected 1-256 characters of A-Z a-z 0-9 _ -, got a hidden"
                + " value of 3 characters")
        .message()
        .doesNotContain("AAHsecret");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://bot-api.example",
        "http://127.0.0.1:8081",
        "http://[::1]:8081",
        "http://localhost:8081"
      })
  void theBotApiIsReachedOverHttpsOrOverPlainHttpOnThisMachine(String url) {
    Configuration config = read(Map.of("TELEGRAM_BOT_TOKEN", TOKEN, "GRYAG_TELEGRAM_API_URL", url));

    assertThat(TelegramSettings.client(config).apiUrl()).isEqualTo(URI.create(url));
  }

  @Test
  void plainHttpToAnotherHostOrAnotherSchemeIsRefusedWithoutShowingTheToken() {
    assertThatThrownBy(() ->
            read(
                Map.of(
                    "TELEGRAM_BOT_TOKEN",
                    TOKEN,
                    "GRYAG_TELEGRAM_API_URL",
                    "http://bot-api.example")))
        .hasMessageContaining(
            "GRYAG_TELEGRAM_API_URL: expected https://, or http:// only to localhost, 127.0.0.0/8"
                + " or [::1]; plain http:// to bot-api.example would send credentials in the clear,"
                + " got \"http://bot-api.example\"")
        .message()
        .doesNotContain("AAHsecret");
    assertThatThrownBy(
            () -> read(Map.of("GRYAG_TELEGRAM_API_URL", "http://127.0.0.1.evil.com:8081/")))
        .hasMessageContaining("plain http:// to 127.0.0.1.evil.com would send credentials");
    assertThatThrownBy(() -> read(Map.of("GRYAG_TELEGRAM_API_URL", "ftp://127.0.0.1/")))
        .hasMessageContaining("GRYAG_TELEGRAM_API_URL: expected an http:// or https:// URL");
  }

  @Test
  void theWebhookTakesItsUrlPortAndSecretOrARandomSecret() {
    Configuration config =
        read(
            Map.of(
                "GRYAG_RECEIVE_MODE", "webhook",
                "GRYAG_WEBHOOK_URL", "https://bot.example/telegram",
                "GRYAG_WEBHOOK_PORT", "8080"));

    WebhookConfig webhook = TelegramSettings.webhook(config);
    assertThat(webhook.publicUrl()).isEqualTo(URI.create("https://bot.example/telegram"));
    assertThat(webhook.listenPort()).isEqualTo(8080);
    assertThat(webhook.listenHost()).isEqualTo("127.0.0.1");
    assertThat(webhook.secret()).isNull();
    assertThat(
            TelegramSettings.webhook(
                    read(
                        Map.of(
                            "GRYAG_WEBHOOK_URL", "https://bot.example/",
                            "GRYAG_WEBHOOK_SECRET", "s3cret_value")))
                .secret())
        .isEqualTo("s3cret_value");
  }

  @Test
  void theWebhookListensOnLoopbackUnlessGryagWebhookListenOpensItWider() {
    Map<String, String> webhook =
        Map.of("GRYAG_RECEIVE_MODE", "webhook", "GRYAG_WEBHOOK_URL", "https://bot.example/tg");
    assertThat(TelegramSettings.webhook(read(webhook)))
        .extracting(WebhookConfig::listenHost, WebhookConfig::listenPort)
        .containsExactly("127.0.0.1", 8443);

    Map<String, String> wide = new HashMap<>(webhook);
    wide.put("GRYAG_WEBHOOK_LISTEN", "0.0.0.0:8080");
    assertThat(TelegramSettings.webhook(read(wide)))
        .extracting(WebhookConfig::listenHost, WebhookConfig::listenPort)
        .containsExactly("0.0.0.0", 8080);

    wide.put("GRYAG_WEBHOOK_PORT", "8443");
    assertThatThrownBy(() -> TelegramSettings.webhook(read(wide)))
        .hasMessage(
            "GRYAG_WEBHOOK_LISTEN (0.0.0.0:8080) and GRYAG_WEBHOOK_PORT (8443) disagree on the"
                + " port: set only GRYAG_WEBHOOK_LISTEN");
  }
}
