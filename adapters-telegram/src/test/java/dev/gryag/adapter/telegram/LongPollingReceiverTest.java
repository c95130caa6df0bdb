package dev.gryag.adapter.telegram;

import static dev.gryag.adapter.telegram.FakeBotApi.error;
import static dev.gryag.adapter.telegram.FakeBotApi.ok;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import dev.gryag.core.StoreException;
import dev.gryag.core.conversation.InMemoryCursorStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LongPollingReceiverTest {

  private static final String STREAM = "telegram:" + FakeBotApi.BOT_ID + ":updates";

  private final FakeBotApi api = new FakeBotApi();
  private final TelegramClient client = api.client();
  private final InMemoryCursorStore cursors = new InMemoryCursorStore();
  private final FakeTime time = new FakeTime();
  private final BlockingQueue<TelegramEvent> handled = new LinkedBlockingQueue<>();
  private final List<Running> running = new ArrayList<>();

  @AfterEach
  void stop() throws Exception {
    for (Running r : running) {
      r.receiver().close();
      r.done().get(10, TimeUnit.SECONDS);
    }
    client.close();
    api.close();
  }

  private record Running(LongPollingReceiver receiver, CompletableFuture<Void> done) {}

  private Running start(UpdateHandler handler) {
    return launch(
        new LongPollingReceiver(client, cursors, handler, time, Backoff.standard(), time));
  }

  private Running launch(LongPollingReceiver receiver) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    Thread.ofVirtual()
        .start(() -> {
          try {
            receiver.run();
            done.complete(null);
          } catch (Throwable t) {
            done.completeExceptionally(t);
          }
        });
    Running r = new Running(receiver, done);
    running.add(r);
    return r;
  }

  private Running start() {
    return start(handled::add);
  }

  private static MockResponse updates(String... updates) {
    return ok("[" + String.join(",", updates) + "]");
  }

  private TelegramEvent next() throws InterruptedException {
    TelegramEvent event = handled.poll(10, TimeUnit.SECONDS);
    assertThat(event).as("an event within 10 s").isNotNull();
    return event;
  }

  @Test
  void checks_the_token_removes_the_webhook_and_polls_with_timeout_and_allowed_updates()
      throws Exception {
    start();

    api.take("getMe");
    assertThat(api.take("deleteWebhook").body().path("drop_pending_updates").asBoolean()).isFalse();
    FakeBotApi.Call poll = api.take("getUpdates");
    assertThat(poll.body().path("timeout").asInt()).isEqualTo(50);
    assertThat(poll.body().has("offset")).isFalse();
    assertThat(poll.body().path("allowed_updates").toString())
        .isEqualTo("[\"message\",\"edited_message\",\"my_chat_member\",\"chat_member\"]");
    assertThat(poll.path()).isEqualTo("/bot" + FakeBotApi.TOKEN + "/getUpdates");
  }

  @Test
  void a_restart_resumes_after_the_last_handled_update_and_handles_nothing_twice()
      throws Exception {
    api.script("getUpdates", updates(Updates.text(100, 1, "перше"), Updates.text(101, 2, "друге")));
    Running first = start();

    assertThat(next().updateId()).isEqualTo(100);
    assertThat(next().updateId()).isEqualTo(101);
    api.take("getUpdates");
    assertThat(api.take("getUpdates").body().path("offset").asLong()).isEqualTo(102);
    first.receiver().close();
    first.done().get(10, TimeUnit.SECONDS);
    assertThat(cursors.position(STREAM)).isEqualTo(102);

    // Telegram may repeat an update it had not seen confirmed; the cursor filters it out. The
    // answer is scripted twice: a pooled connection the first run left behind may drop the first
    // attempt (the receiver retries), and a repeat of 102 after it was handled is filtered too.
    MockResponse again = updates(Updates.text(101, 2, "друге"), Updates.text(102, 3, "третє"));
    api.script("getUpdates", again, again);
    start();

    assertThat(api.take("getUpdates").body().path("offset").asLong()).isEqualTo(102);
    assertThat(next().updateId()).isEqualTo(102);
    assertThat(handled.poll(200, TimeUnit.MILLISECONDS)).isNull();
    assertThat(cursors.position(STREAM)).isEqualTo(103);
  }

  @Test
  void an_update_is_committed_only_after_its_handler_returned() throws Exception {
    api.script("getUpdates", updates(Updates.text(200, 1, "a"), Updates.text(201, 2, "b")));
    AtomicInteger calls = new AtomicInteger();
    LongPollingReceiver[] self = new LongPollingReceiver[1];
    self[0] =
        new LongPollingReceiver(
            client,
            cursors,
            event -> {
              if (event.updateId() == 201) {
                calls.incrementAndGet();
                self[0].close(); // the process stops while 201 is being handled
                throw new StoreException("database went away", null, true);
              }
              handled.add(event);
            },
            time,
            Backoff.standard(),
            time);
    launch(self[0]).done().get(10, TimeUnit.SECONDS);

    assertThat(next().updateId()).isEqualTo(200);
    assertThat(calls.get()).isEqualTo(1);
    assertThat(cursors.position(STREAM)).isEqualTo(201);

    api.skipPendingRequests();
    api.script("getUpdates", updates(Updates.text(201, 2, "b")));
    start();

    assertThat(api.take("getUpdates").body().path("offset").asLong()).isEqualTo(201);
    assertThat(next().updateId()).isEqualTo(201);
  }

  @Test
  void a_failing_handler_is_retried_with_backoff_and_then_the_update_is_skipped() throws Exception {
    api.script(
        "getUpdates", updates(Updates.text(300, 1, "poison")), updates(Updates.text(301, 2, "ok")));
    AtomicInteger attempts = new AtomicInteger();
    try (LogCapture logs = new LogCapture()) {
      start(event -> {
        if (event.updateId() == 300) {
          attempts.incrementAndGet();
          throw new IllegalStateException("bug in handler");
        }
        handled.add(event);
      });

      assertThat(next().updateId()).isEqualTo(301);
      assertThat(attempts.get()).isEqualTo(UpdatePipeline.ATTEMPTS_BEFORE_SKIPPING);
      assertThat(time.sleeps()).hasSize(UpdatePipeline.ATTEMPTS_BEFORE_SKIPPING - 1);
      assertThat(logs.contains(Level.ERROR, "update 300 skipped: the handler failed 5 times"))
          .isTrue();
    }
  }

  @Test
  void a_conflict_is_logged_clearly_and_waited_out() throws Exception {
    MockResponse conflict =
        error(
            409,
            "Conflict: terminated by other getUpdates request; make sure that only one bot"
                + " instance is running");
    api.script("getUpdates", conflict, conflict, updates(Updates.text(400, 1, "нарешті")));
    try (LogCapture logs = new LogCapture()) {
      start();

      assertThat(next().updateId()).isEqualTo(400);
      assertThat(time.sleeps()).hasSize(2);
      assertThat(time.sleeps().get(1)).isGreaterThan(Duration.ZERO);
      assertThat(
              logs.contains(
                  Level.WARN, "another instance of this bot is polling with the same token"))
          .isTrue();
    }
  }

  @Test
  void a_rejected_token_stops_polling_with_a_message_saying_so() throws Exception {
    api.script("getUpdates", error(401, "Unauthorized"));
    try (LogCapture logs = new LogCapture()) {
      Running r = start();

      Throwable failure =
          org.assertj.core.api.Assertions.catchThrowable(() -> r.done().get(10, TimeUnit.SECONDS));

      assertThat(failure.getCause())
          .isInstanceOf(TelegramException.class)
          .hasMessageContaining("Telegram rejected the bot token")
          .hasMessageContaining("TELEGRAM_BOT_TOKEN");
      assertThat(((TelegramException) failure.getCause()).unauthorized()).isTrue();
      assertThat(logs.contains(Level.ERROR, "Telegram rejected the bot token")).isTrue();
      running.clear();
    }
  }

  @Test
  void a_rejected_token_at_start_fails_before_any_poll() throws Exception {
    api.script("getMe", error(401, "Unauthorized"));
    Running r = start();

    Throwable failure =
        org.assertj.core.api.Assertions.catchThrowable(() -> r.done().get(10, TimeUnit.SECONDS));

    assertThat(failure.getCause()).isInstanceOf(TelegramException.class);
    assertThat(api.calls("getUpdates")).isEmpty();
    running.clear();
  }

  @Test
  void telegram_unreachable_at_start_is_waited_out() throws Exception {
    api.script("getMe", FakeBotApi.badGateway(), FakeBotApi.badGateway());
    api.script("getUpdates", updates(Updates.text(450, 1, "привіт")));
    start();

    assertThat(next().updateId()).isEqualTo(450);
    assertThat(api.calls("getMe")).hasSize(3);
    assertThat(time.sleeps()).hasSize(2);
  }

  @Test
  void a_connection_dropped_mid_poll_is_retried_after_a_backoff_without_losing_updates()
      throws Exception {
    MockResponse drop =
        new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build();
    api.script("getUpdates", drop, drop, drop, updates(Updates.text(500, 1, "знову тут")));
    try (LogCapture logs = new LogCapture()) {
      start();

      assertThat(next().updateId()).isEqualTo(500);
      assertThat(time.sleeps()).isNotEmpty();
      assertThat(logs.contains(Level.WARN, "getUpdates failed")).isTrue();
      assertThat(handled.poll(200, TimeUnit.MILLISECONDS)).isNull();
    }
  }

  @Test
  void a_malformed_answer_is_reported_with_its_position_and_polling_goes_on() throws Exception {
    api.script(
        "getUpdates",
        FakeBotApi.json(200, "{\"ok\":true,\"result\":[{\"update_id\":600,"),
        updates(Updates.text(600, 1, "ціле")));
    try (LogCapture logs = new LogCapture()) {
      start();

      assertThat(next().updateId()).isEqualTo(600);
      assertThat(
              logs.contains(
                  Level.WARN, "getUpdates failed: the Bot API answer to getUpdates is not JSON"))
          .isTrue();
      assertThat(logs.contains(Level.WARN, "line 1, column")).isTrue();
    }
  }

  @Test
  void after_a_week_without_updates_the_stored_offset_is_not_trusted_and_new_ids_are_read()
      throws Exception {
    InMemoryCursorStore weekOld = new InMemoryCursorStore(time);
    weekOld.advance(STREAM, 900_001);
    time.sleep(Duration.ofDays(8));
    // Telegram numbered its updates anew, from a random, lower value.
    api.script(
        "getUpdates", updates(Updates.text(5_000, 1, "знову я"), Updates.text(5_001, 2, "і я")));
    launch(new LongPollingReceiver(client, weekOld, handled::add, time, Backoff.standard(), time));

    assertThat(next().updateId()).isEqualTo(5_000);
    assertThat(next().updateId()).isEqualTo(5_001);
    assertThat(api.take("getUpdates").body().has("offset"))
        .as("the first poll sends no offset")
        .isFalse();
    assertThat(api.take("getUpdates").body().path("offset").asLong()).isEqualTo(5_002);
    assertThat(weekOld.position(STREAM)).isEqualTo(5_002);
  }

  @Test
  void a_malformed_update_is_reported_as_skipped_and_polling_goes_on() throws Exception {
    List<String> skipped = new CopyOnWriteArrayList<>();
    String wrongType =
        "{\"update_id\":800,\"message\":{\"message_id\":{\"not\":\"a number\"},\"date\":1}}";
    api.script("getUpdates", updates(wrongType, Updates.text(801, 2, "далі")));
    start(
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

    assertThat(next().updateId()).isEqualTo(801);
    assertThat(skipped).containsExactly("800:malformed");
  }

  @Test
  void one_malformed_update_is_skipped_with_a_clear_error_and_the_rest_of_the_batch_handled()
      throws Exception {
    api.script("getUpdates", updates(Updates.MISSING_CHAT, Updates.text(701, 2, "добре")));
    try (LogCapture logs = new LogCapture()) {
      start();

      assertThat(next().updateId()).isEqualTo(701);
      assertThat(logs.contains(Level.ERROR, "update 124 skipped: message.chat is missing"))
          .isTrue();
    }
  }

  @Test
  void too_many_requests_waits_exactly_the_retry_after() throws Exception {
    api.script("getUpdates", FakeBotApi.tooManyRequests(3), updates(Updates.text(800, 1, "ok")));
    start();

    assertThat(next().updateId()).isEqualTo(800);
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(3));
  }

  @Test
  void server_errors_are_retried_with_growing_backoff() throws Exception {
    api.script(
        "getUpdates",
        FakeBotApi.badGateway(),
        FakeBotApi.badGateway(),
        FakeBotApi.badGateway(),
        updates(Updates.text(900, 1, "ok")));
    start();

    assertThat(next().updateId()).isEqualTo(900);
    assertThat(time.sleeps()).hasSize(3);
    assertThat(time.sleeps().get(0)).isBetween(Duration.ofMillis(500), Duration.ofMillis(1500));
    assertThat(time.sleeps().get(2)).isBetween(Duration.ofMillis(2000), Duration.ofMillis(6000));
  }

  @Test
  void close_cancels_a_pending_long_poll_at_once() throws Exception {
    Running r = start();
    api.take("getUpdates");

    r.receiver().close();

    r.done().get(10, TimeUnit.SECONDS);
    assertThat(r.done()).isCompleted();
  }

  @Test
  void an_interrupt_stops_polling() throws Exception {
    LongPollingReceiver receiver =
        new LongPollingReceiver(client, cursors, handled::add, time, Backoff.standard(), time);
    Thread thread = Thread.ofVirtual().start(receiver::run);
    api.take("getUpdates");

    thread.interrupt();

    assertThat(thread.join(Duration.ofSeconds(10))).isTrue();
  }
}
