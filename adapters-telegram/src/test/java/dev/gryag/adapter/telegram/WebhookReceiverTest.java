package dev.gryag.adapter.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gryag.core.StoreException;
import dev.gryag.core.conversation.InMemoryCursorStore;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WebhookReceiverTest {

  private static final String SECRET = "s3cret-Token_1";
  private static final String STREAM = "telegram:" + FakeBotApi.BOT_ID + ":updates";
  private static final URI PUBLIC_URL = URI.create("https://bot.example.com/telegram/hook");

  private final FakeBotApi api = new FakeBotApi();
  private final TelegramClient client = api.client();
  private final InMemoryCursorStore cursors = new InMemoryCursorStore();
  private final BlockingQueue<TelegramEvent> handled = new LinkedBlockingQueue<>();
  private final OkHttpClient telegram = new OkHttpClient();
  private WebhookReceiver receiver;

  @AfterEach
  void stop() {
    if (receiver != null) {
      receiver.close();
    }
    client.close();
    api.close();
  }

  private WebhookReceiver start(String secret) {
    return start(secret, handled::add);
  }

  private WebhookReceiver start(String secret, UpdateHandler handler) {
    WebhookConfig config = new WebhookConfig(PUBLIC_URL, secret, "127.0.0.1", 0, 0);
    receiver = WebhookReceiver.start(client, config, cursors, handler, new FakeTime());
    return receiver;
  }

  private int post(String secret, String body) throws IOException {
    Request.Builder request =
        new Request.Builder()
            .url("http://127.0.0.1:" + receiver.address().getPort() + "/telegram/hook")
            .post(RequestBody.create(body, MediaType.get("application/json")));
    if (secret != null) {
      request.header(WebhookReceiver.SECRET_HEADER, secret);
    }
    try (Response response = telegram.newCall(request.build()).execute()) {
      return response.code();
    }
  }

  private TelegramEvent next() throws InterruptedException {
    TelegramEvent event = handled.poll(10, TimeUnit.SECONDS);
    assertThat(event).as("an event within 10 s").isNotNull();
    return event;
  }

  private void awaitCursor(long position) throws InterruptedException {
    for (int i = 0; i < 1000 && cursors.position(STREAM) < position; i++) {
      Thread.sleep(10);
    }
    assertThat(cursors.position(STREAM)).isEqualTo(position);
  }

  @Test
  void registers_the_webhook_with_url_secret_allowed_updates_and_one_connection() throws Exception {
    start(SECRET);

    api.take("getMe");
    JsonNode body = api.take("setWebhook").body();
    assertThat(body.path("url").asText()).isEqualTo(PUBLIC_URL.toString());
    assertThat(body.path("secret_token").asText()).isEqualTo(SECRET);
    assertThat(body.path("max_connections").asInt()).isEqualTo(1);
    assertThat(body.path("allowed_updates").toString())
        .isEqualTo("[\"message\",\"edited_message\",\"my_chat_member\",\"chat_member\"]");
  }

  @Test
  void an_update_with_the_right_secret_is_acknowledged_handled_and_committed() throws Exception {
    start(SECRET);

    assertThat(post(SECRET, Updates.MENTION_AND_COMMAND)).isEqualTo(200);

    TelegramEvent event = next();
    assertThat(event).isInstanceOf(TelegramEvent.NewMessage.class);
    assertThat(event.updateId()).isEqualTo(100);
    awaitCursor(101);
  }

  @Test
  void a_wrong_or_missing_secret_is_refused_and_nothing_is_handled() throws Exception {
    start(SECRET);

    assertThat(post("not-the-secret", Updates.text(10, 1, "підробка"))).isEqualTo(401);
    assertThat(post(null, Updates.text(11, 2, "підробка"))).isEqualTo(401);
    assertThat(post("", Updates.text(13, 4, "порожній"))).isEqualTo(401);
    assertThat(post(SECRET.substring(0, SECRET.length() - 1), Updates.text(14, 5, "початок")))
        .isEqualTo(401);
    assertThat(post(SECRET + "1", Updates.text(15, 6, "довший"))).isEqualTo(401);
    assertThat(post(SECRET.toUpperCase(Locale.ROOT), Updates.text(16, 7, "регістр")))
        .isEqualTo(401);
    assertThat(post(SECRET, Updates.text(12, 3, "справжнє"))).isEqualTo(200);

    assertThat(next().updateId()).isEqualTo(12);
    assertThat(handled.poll(200, TimeUnit.MILLISECONDS)).isNull();
  }

  @Test
  void a_generated_secret_is_the_one_registered_and_checked() throws Exception {
    start(null);
    String generated = api.take("setWebhook").body().path("secret_token").asText();

    assertThat(generated).matches("[A-Za-z0-9_-]{32,256}");
    assertThat(post(SECRET, Updates.text(20, 1, "x"))).isEqualTo(401);
    assertThat(post(generated, Updates.text(21, 2, "y"))).isEqualTo(200);
    assertThat(next().updateId()).isEqualTo(21);
  }

  @Test
  void an_update_delivered_twice_is_acknowledged_twice_and_handled_once() throws Exception {
    start(SECRET);

    assertThat(post(SECRET, Updates.text(30, 1, "раз"))).isEqualTo(200);
    assertThat(post(SECRET, Updates.text(30, 1, "раз"))).isEqualTo(200);
    assertThat(post(SECRET, Updates.text(31, 2, "два"))).isEqualTo(200);

    assertThat(next().updateId()).isEqualTo(30);
    assertThat(next().updateId()).isEqualTo(31);
    assertThat(handled.poll(200, TimeUnit.MILLISECONDS)).isNull();
  }

  @Test
  void after_a_restart_updates_handled_before_are_dropped() throws Exception {
    start(SECRET);
    assertThat(post(SECRET, Updates.text(40, 1, "до"))).isEqualTo(200);
    assertThat(next().updateId()).isEqualTo(40);
    awaitCursor(41);
    receiver.close();

    start(SECRET);
    assertThat(post(SECRET, Updates.text(40, 1, "до"))).isEqualTo(200);
    assertThat(post(SECRET, Updates.text(41, 2, "після"))).isEqualTo(200);

    assertThat(next().updateId()).isEqualTo(41);
    assertThat(handled.poll(200, TimeUnit.MILLISECONDS)).isNull();
  }

  @Test
  void by_default_it_listens_on_loopback_only() {
    receiver =
        WebhookReceiver.start(
            client, WebhookConfig.of(PUBLIC_URL, 0).withSecret(SECRET), cursors, handled::add);

    assertThat(receiver.address().getAddress().isLoopbackAddress()).isTrue();
  }

  @Test
  void a_body_over_one_mebibyte_is_refused_with_413_and_one_of_exactly_that_size_is_taken()
      throws Exception {
    receiver =
        WebhookReceiver.start(
            client, WebhookConfig.of(PUBLIC_URL, 0).withSecret(SECRET), cursors, handled::add);
    assertThat(WebhookConfig.of(PUBLIC_URL, 0).maxBodyBytes()).isEqualTo(1024 * 1024);

    assertThat(post(SECRET, paddedTo(1024 * 1024 + 1, Updates.text(60, 1, "завелике"))))
        .isEqualTo(413);
    assertThat(post(SECRET, paddedTo(1024 * 1024, Updates.text(61, 2, "якраз")))).isEqualTo(200);

    assertThat(next().updateId()).isEqualTo(61);
    assertThat(handled.poll(200, TimeUnit.MILLISECONDS)).isNull();
  }

  /** {@code update} padded with spaces to exactly {@code size} bytes of UTF-8. */
  private static String paddedTo(int size, String update) {
    return update + " ".repeat(size - update.getBytes(StandardCharsets.UTF_8).length);
  }

  @Test
  void bodies_that_are_not_updates_and_other_methods_are_refused() throws Exception {
    start(SECRET);

    assertThat(post(SECRET, "{\"update_id\":")).isEqualTo(400);
    assertThat(post(SECRET, "{\"message\":{}}")).isEqualTo(400);
    String nested = "[".repeat(100_000) + "]".repeat(100_000);
    assertThat(post(SECRET, "{\"update_id\":7,\"message\":" + nested + "}"))
        .as("nested past Jackson's 1,000 levels")
        .isEqualTo(400);
    Request get =
        new Request.Builder()
            .url("http://127.0.0.1:" + receiver.address().getPort() + "/telegram/hook")
            .header(WebhookReceiver.SECRET_HEADER, SECRET)
            .build();
    try (Response response = telegram.newCall(get).execute()) {
      assertThat(response.code()).isEqualTo(405);
    }
    assertThat(handled.poll(200, TimeUnit.MILLISECONDS)).isNull();
  }

  @Test
  void telegram_gets_200_only_once_the_update_is_handled_and_committed() throws Exception {
    start(SECRET);

    assertThat(post(SECRET, Updates.text(50, 1, "зберегти спершу"))).isEqualTo(200);

    assertThat(handled.poll()).as("handled before the answer").isNotNull();
    assertThat(cursors.position(STREAM)).as("committed before the answer").isEqualTo(51);
  }

  @Test
  void when_the_database_is_down_telegram_gets_503_and_the_retry_is_handled() throws Exception {
    AtomicInteger attempts = new AtomicInteger();
    start(
        SECRET,
        event -> {
          if (attempts.incrementAndGet() == 1) {
            throw new StoreException("database is down", null, true);
          }
          handled.add(event);
        });

    assertThat(post(SECRET, Updates.text(60, 1, "питання"))).isEqualTo(503);
    assertThat(cursors.position(STREAM)).isZero();
    assertThat(post(SECRET, Updates.text(60, 1, "питання"))).isEqualTo(200);

    assertThat(handled.poll()).isNotNull();
    assertThat(cursors.position(STREAM)).isEqualTo(61);
  }

  @Test
  void a_malformed_update_is_skipped_counted_and_acknowledged() throws Exception {
    List<String> skipped = new CopyOnWriteArrayList<>();
    start(
        SECRET,
        new UpdateHandler() {
          @Override
          public void handle(TelegramEvent event) {
            handled.add(event);
          }

          @Override
          public void skipped(long updateId, String reason) {
            skipped.add(updateId + ":" + reason);
          }
        });

    assertThat(post(SECRET, "{\"update_id\":70,\"message\":{\"message_id\":\"x\",\"date\":[]}}"))
        .isEqualTo(200);
    assertThat(post(SECRET, Updates.text(71, 2, "далі"))).isEqualTo(200);

    assertThat(skipped).containsExactly("70:malformed");
    assertThat(next().updateId()).isEqualTo(71);
    assertThat(cursors.position(STREAM)).isEqualTo(72);
  }

  @Test
  void a_refused_webhook_fails_the_start_with_telegrams_reason() {
    api.script(
        "setWebhook",
        FakeBotApi.error(
            400, "Bad Request: bad webhook: An HTTPS URL must be provided for webhook"));

    assertThatThrownBy(() -> start(SECRET))
        .isInstanceOf(TelegramException.class)
        .hasMessage(
            "setWebhook failed: 400 Bad Request: bad webhook: An HTTPS URL must be provided for"
                + " webhook");
    receiver = null;
  }
}
