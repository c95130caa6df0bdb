package dev.gryag.adapter.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TelegramConfigTest {

  @Test
  void defaults_follow_telegram() {
    TelegramConfig config = TelegramConfig.of(FakeBotApi.TOKEN);

    assertThat(config.apiUrl()).isEqualTo(URI.create("https://api.telegram.org"));
    assertThat(config.pollTimeout()).isEqualTo(Duration.ofSeconds(50));
    assertThat(config.allowedUpdates())
        .containsExactly("message", "edited_message", "my_chat_member", "chat_member");
    assertThat(config.sendLimits()).isEqualTo(SendLimits.TELEGRAM);
    assertThat(config.botId()).isEqualTo(FakeBotApi.BOT_ID);
  }

  @Test
  void bad_values_are_refused_naming_the_field() {
    TelegramConfig config = TelegramConfig.of(FakeBotApi.TOKEN);

    assertThatThrownBy(() -> config.withApiUrl(URI.create("ftp://example.com")))
        .hasMessageContaining("apiUrl");
    assertThatThrownBy(() -> config.withPollTimeout(Duration.ofHours(1)))
        .hasMessageContaining("pollTimeout");
    assertThatThrownBy(() -> new SendLimits(Duration.ofSeconds(1), 0, 30))
        .hasMessageContaining("perGroupPerMinute");
    assertThatThrownBy(() -> WebhookConfig.of(URI.create("/relative"), 8443))
        .hasMessageContaining("publicUrl");
    assertThatThrownBy(() -> WebhookConfig.of(URI.create("https://x.example/"), 70_000))
        .hasMessageContaining("listenPort");
  }

  @Test
  void the_webhook_listens_on_the_public_urls_path() {
    assertThat(WebhookConfig.of(URI.create("https://x.example/tg/hook"), 8443).path())
        .isEqualTo("/tg/hook");
    assertThat(WebhookConfig.of(URI.create("https://x.example"), 8443).path()).isEqualTo("/");
  }

  @Test
  void the_overall_interval_never_lets_more_than_the_limit_into_a_second() {
    assertThat(SendLimits.TELEGRAM.overallInterval().multipliedBy(30))
        .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
  }
}
