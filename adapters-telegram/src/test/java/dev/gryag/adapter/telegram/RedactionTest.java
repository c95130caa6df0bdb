package dev.gryag.adapter.telegram;

import static dev.gryag.adapter.telegram.FakeBotApi.SECRET;
import static dev.gryag.adapter.telegram.FakeBotApi.error;
import static dev.gryag.adapter.telegram.FakeBotApi.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.gryag.core.conversation.DeliveryException;
import dev.gryag.core.conversation.InMemoryCursorStore;
import dev.gryag.core.conversation.OutgoingMessage;
import dev.gryag.core.model.ChatId;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;

/** The bot token sits in every request URL; it must never come out anywhere else. */
class RedactionTest {

  private static final ChatId GROUP = ChatId.of(-1001234567890L);

  private static List<String> chain(Throwable t) {
    List<String> messages = new ArrayList<>();
    for (Throwable c = t; c != null; c = c.getCause()) {
      messages.add(c.getClass().getName() + ": " + c.getMessage());
      for (Throwable s : c.getSuppressed()) {
        messages.addAll(chain(s));
      }
    }
    return messages;
  }

  @Test
  void polling_through_every_kind_of_failure_never_logs_the_token() throws Exception {
    MockResponse drop =
        new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build();
    LinkedBlockingQueue<TelegramEvent> handled = new LinkedBlockingQueue<>();
    try (LogCapture logs = new LogCapture();
        FakeBotApi api = new FakeBotApi();
        TelegramClient client = api.client()) {
      api.script(
          "getUpdates",
          error(409, "Conflict: terminated by other getUpdates request"),
          FakeBotApi.badGateway(),
          FakeBotApi.json(200, "{\"ok\":tru"),
          drop,
          FakeBotApi.tooManyRequests(1),
          ok("[" + Updates.MISSING_CHAT + "," + Updates.text(5, 1, "ok") + "]"),
          error(401, "Unauthorized"));
      FakeTime time = new FakeTime();
      LongPollingReceiver receiver =
          new LongPollingReceiver(
              client, new InMemoryCursorStore(), handled::add, time, Backoff.standard(), time);

      Throwable failure = catchThrowable(receiver::run);

      assertThat(handled.poll(1, TimeUnit.SECONDS)).isNotNull();
      assertThat(failure).isInstanceOf(TelegramException.class);
      assertThat(chain(failure)).noneMatch(m -> m.contains(SECRET));
      assertThat(logs.lines()).hasSizeGreaterThan(5).noneMatch(l -> l.contains(SECRET));
      assertThat(receiver.toString()).doesNotContain(SECRET);
    }
  }

  @Test
  void sending_through_every_kind_of_failure_never_shows_the_token() throws Exception {
    MockResponse drop =
        new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build();
    List<Throwable> failures = new ArrayList<>();
    try (LogCapture logs = new LogCapture();
        FakeBotApi api = new FakeBotApi();
        TelegramClient client = api.client()) {
      FakeTime time = new FakeTime();
      TelegramMessageSender sender =
          new TelegramMessageSender(client, time, time, Backoff.standard(), Duration.ofSeconds(4));
      api.script(
          "sendMessage",
          error(400, "Bad Request: can't parse entities: Can't find end of the entity"),
          error(403, "Forbidden: bot was blocked by the user"),
          drop,
          drop,
          drop,
          error(401, "Unauthorized"),
          FakeBotApi.json(200, "not json at all"));
      for (int i = 0; i < 4; i++) {
        failures.add(
            catchThrowable(() -> sender.send(new OutgoingMessage(GROUP, null, "**x**", 1L))));
      }

      assertThat(failures).allSatisfy(f -> assertThat(f).isInstanceOf(DeliveryException.class));
      assertThat(failures).flatMap(RedactionTest::chain).noneMatch(m -> m.contains(SECRET));
      assertThat(logs.lines()).isNotEmpty().noneMatch(l -> l.contains(SECRET));
      assertThat(sender.toString()).doesNotContain(SECRET);
    }
  }

  @Test
  void an_unreachable_api_fails_without_the_token_in_any_message() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    TelegramConfig config =
        TelegramConfig.of(FakeBotApi.TOKEN)
            .withApiUrl(URI.create("http://127.0.0.1:" + closedPort));
    try (LogCapture logs = new LogCapture();
        TelegramClient client = TelegramClient.create(config)) {
      FakeTime time = new FakeTime();
      TelegramMessageSender sender =
          new TelegramMessageSender(client, time, time, Backoff.standard(), Duration.ZERO);

      Throwable getMe = catchThrowable(client::getMe);
      Throwable send =
          catchThrowable(() -> sender.send(new OutgoingMessage(GROUP, null, "x", null)));

      assertThat(getMe).isInstanceOf(TelegramException.class);
      assertThat(((TelegramException) getMe).errorCode()).isZero();
      assertThat(send).isInstanceOf(DeliveryException.class);
      assertThat(((DeliveryException) send).kind()).isEqualTo(DeliveryException.Kind.TRANSIENT);
      assertThat(chain(getMe)).noneMatch(m -> m.contains(SECRET));
      assertThat(chain(send)).noneMatch(m -> m.contains(SECRET));
      assertThat(logs.lines()).noneMatch(l -> l.contains(SECRET));
    }
  }

  @Test
  void an_exception_mentioning_the_token_is_scrubbed_but_keeps_its_stack_and_types() {
    Redactor redactor = new Redactor(FakeBotApi.TOKEN);
    IOException inner = new IOException("GET /bot" + FakeBotApi.TOKEN + "/getMe failed");
    IOException outer =
        new java.net.SocketTimeoutException("timeout on bot123456789%3A" + SECRET + "/x");
    outer.initCause(inner);

    IOException scrubbed = redactor.apply(outer);

    assertThat(chain(scrubbed)).noneMatch(m -> m.contains(SECRET));
    assertThat(scrubbed.getMessage())
        .isEqualTo("java.net.SocketTimeoutException: timeout on bot123456789%3A<redacted>/x");
    assertThat(scrubbed.getCause().getMessage())
        .isEqualTo("java.io.IOException: GET /bot123456789:<redacted>/getMe failed");
    assertThat(scrubbed.getStackTrace()).isEqualTo(outer.getStackTrace());
    IOException harmless = new IOException("connection reset");
    assertThat(redactor.apply(harmless)).isSameAs(harmless);
  }

  @Test
  void configuration_and_client_never_print_the_token_or_the_webhook_secret() {
    TelegramConfig config = TelegramConfig.of(FakeBotApi.TOKEN);
    WebhookConfig webhook =
        WebhookConfig.of(URI.create("https://bot.example.com/hook"), 8443)
            .withSecret("very-secret-value");

    assertThat(config.toString()).doesNotContain(SECRET).contains("123456789:<redacted>");
    try (TelegramClient client = TelegramClient.create(config)) {
      assertThat(client.toString()).doesNotContain(SECRET);
    }
    assertThat(webhook.toString()).doesNotContain("very-secret-value").contains("<redacted>");
  }

  @Test
  void a_malformed_token_is_refused_without_echoing_it() {
    String almost = "123456789-" + SECRET;

    assertThatThrownBy(() -> TelegramConfig.of(almost))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not look like a Telegram bot token")
        .hasMessageNotContaining(SECRET);
    assertThatThrownBy(() ->
            WebhookConfig.of(URI.create("https://x.example/hook"), 1)
                .withSecret("has spaces in it"))
        .hasMessageNotContaining("has spaces in it");
  }
}
