package dev.gryag.adapter.telegram;

import static dev.gryag.adapter.telegram.FakeBotApi.administrators;
import static dev.gryag.adapter.telegram.FakeBotApi.badGateway;
import static dev.gryag.adapter.telegram.FakeBotApi.error;
import static dev.gryag.adapter.telegram.FakeBotApi.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.UserId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TelegramChatAdministratorsTest {

  private static final ChatId GROUP = ChatId.of(-1001234567890L);
  private static final UserId OLENA = UserId.of(111);
  private static final UserId TARAS = UserId.of(222);
  private static final UserId IRA = UserId.of(333);

  private final FakeBotApi api = new FakeBotApi();
  private final TelegramClient client = api.client();
  private final AtomicLong nanos = new AtomicLong();
  // Loads run on the asking thread: the cache then notes each answer's expiry before isAdmin
  // returns, not on a pool thread racing the test's next advance of the clock (which once made
  // a 3-minute retry_after start a minute late).
  private final TelegramChatAdministrators admins =
      new TelegramChatAdministrators(client, Duration.ofMinutes(10), nanos::get, Runnable::run);

  @AfterEach
  void stop() {
    client.close();
    api.close();
  }

  private void advance(Duration by) {
    nanos.addAndGet(by.toNanos());
  }

  private int calls(String method) {
    return api.calls(method).size();
  }

  @Test
  void one_list_answers_for_every_member_until_the_ttl_passes() throws Exception {
    api.script("getChatAdministrators", administrators(111, 222), administrators(111));

    assertThat(admins.isAdmin(GROUP, OLENA)).isTrue();
    assertThat(admins.isAdmin(GROUP, TARAS)).isTrue();
    assertThat(admins.isAdmin(GROUP, IRA)).isFalse();
    assertThat(calls("getChatAdministrators")).isEqualTo(1);
    assertThat(api.take("getChatAdministrators").body().path("chat_id").asLong())
        .isEqualTo(GROUP.value());

    advance(Duration.ofMinutes(9));
    assertThat(admins.isAdmin(GROUP, TARAS)).isTrue();
    advance(Duration.ofMinutes(1));
    assertThat(admins.isAdmin(GROUP, TARAS)).as("demoted, seen after the TTL").isFalse();
    assertThat(calls("getChatAdministrators")).isEqualTo(2);
  }

  @Test
  void a_forgotten_chat_is_asked_again_at_once() {
    api.script("getChatAdministrators", administrators(111), administrators(111, 333));
    assertThat(admins.isAdmin(GROUP, IRA)).isFalse();

    admins.forget(GROUP);

    assertThat(admins.isAdmin(GROUP, IRA)).isTrue();
    assertThat(calls("getChatAdministrators")).isEqualTo(2);
  }

  @Test
  void nobody_is_asked_about_a_private_chat() {
    assertThat(admins.isAdmin(ChatId.of(111), OLENA)).isFalse();

    assertThat(api.requestCount()).isZero();
  }

  @Test
  void questions_about_one_chat_at_once_share_one_call() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    api.scriptHeld("getChatAdministrators", release, administrators(111, 222));
    ExecutorService askers = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> answers = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        answers.add(askers.submit(() -> admins.isAdmin(GROUP, TARAS)));
      }
      api.take("getChatAdministrators");
      Thread.sleep(100); // the others are asking meanwhile
      release.countDown();
      for (Future<Boolean> answer : answers) {
        assertThat(answer.get(10, TimeUnit.SECONDS)).isTrue();
      }
    } finally {
      askers.shutdownNow();
    }
    assertThat(calls("getChatAdministrators")).isEqualTo(1);
  }

  @Test
  void telegram_unreachable_means_no_admin_logged_once_and_asked_again_after_a_minute() {
    AtomicBoolean down = new AtomicBoolean(true);
    MockResponse drop =
        new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build();
    api.script("getChatAdministrators", badGateway());
    api.answer("getChatAdministrators", body -> down.get() ? drop : administrators(111));
    try (LogCapture logs = new LogCapture()) {
      assertThat(admins.isAdmin(GROUP, OLENA)).isFalse();
      assertThat(admins.isAdmin(GROUP, OLENA)).isFalse();
      assertThat(calls("getChatAdministrators")).as("a failure is kept for a minute").isEqualTo(1);

      advance(Duration.ofMinutes(1));
      assertThat(admins.isAdmin(GROUP, OLENA)).as("the connection drops").isFalse();
      down.set(false);
      advance(Duration.ofMinutes(1));
      assertThat(admins.isAdmin(GROUP, OLENA)).isTrue();

      List<String> warnings =
          logs.lines().stream()
              .filter(l -> l.startsWith("WARN ") && l.contains("who administers chat"))
              .toList();
      assertThat(warnings)
          .singleElement()
          .asString()
          .contains(GROUP.toString(), "502", "only the bot's owners count as admins");
      assertThat(logs.lines()).noneMatch(l -> l.contains(FakeBotApi.SECRET));
    }
  }

  @Test
  void a_bot_removed_from_the_chat_or_a_chat_gone_means_no_admin_without_asking_members() {
    ChatId gone = ChatId.of(-1009999999999L);
    api.script(
        "getChatAdministrators",
        error(403, "Forbidden: bot was kicked from the supergroup chat"),
        error(400, "Bad Request: chat not found"));

    assertThat(admins.isAdmin(GROUP, OLENA)).isFalse();
    assertThat(admins.isAdmin(gone, OLENA)).isFalse();

    assertThat(calls("getChatAdministrators")).isEqualTo(2);
    assertThat(calls("getChatMember")).isZero();
  }

  @Test
  void too_many_requests_waits_out_the_retry_after_before_asking_again() {
    api.script("getChatAdministrators", FakeBotApi.tooManyRequests(180), administrators(111, 222));

    assertThat(admins.isAdmin(GROUP, TARAS)).isFalse();
    advance(Duration.ofMinutes(2));
    assertThat(admins.isAdmin(GROUP, TARAS)).isFalse();
    advance(Duration.ofMinutes(1));
    assertThat(admins.isAdmin(GROUP, TARAS)).isTrue();
    assertThat(calls("getChatAdministrators")).isEqualTo(2);
  }

  @Test
  void an_answer_of_the_wrong_shape_means_no_admin() {
    api.script("getChatAdministrators", ok("{\"status\":\"creator\"}"));

    assertThat(admins.isAdmin(GROUP, OLENA)).isFalse();
  }

  @Test
  void where_telegram_will_not_list_the_admins_each_author_is_asked_about_alone() {
    api.script("getChatAdministrators", error(400, "Bad Request: member list is inaccessible"));
    api.answer(
        "getChatMember",
        body ->
            ok(
                FakeBotApi.member(
                    body.path("user_id").asLong(),
                    body.path("user_id").asLong() == 222 ? "administrator" : "member")));

    assertThat(admins.isAdmin(GROUP, TARAS)).isTrue();
    assertThat(admins.isAdmin(GROUP, TARAS)).isTrue();
    assertThat(admins.isAdmin(GROUP, IRA)).isFalse();

    assertThat(calls("getChatAdministrators")).isEqualTo(1);
    assertThat(api.calls("getChatMember"))
        .extracting(c -> c.body().path("chat_id").asLong() + "/" + c.body().path("user_id"))
        .containsExactly(GROUP.value() + "/222", GROUP.value() + "/333");
  }

  @Test
  void a_member_telegram_does_not_know_is_no_admin_and_forgetting_asks_again() {
    api.script("getChatAdministrators", error(400, "Bad Request: CHAT_ADMIN_REQUIRED"));
    api.script(
        "getChatMember",
        error(400, "Bad Request: PARTICIPANT_ID_INVALID"),
        ok(FakeBotApi.member(333, "creator")));
    api.answer("getChatAdministrators", body -> error(400, "Bad Request: CHAT_ADMIN_REQUIRED"));

    assertThat(admins.isAdmin(GROUP, IRA)).isFalse();
    assertThat(admins.isAdmin(GROUP, IRA)).isFalse();
    admins.forget(GROUP);

    assertThat(admins.isAdmin(GROUP, IRA)).isTrue();
    assertThat(calls("getChatMember")).isEqualTo(2);
  }

  @Test
  void an_unusable_ttl_is_refused_naming_it() {
    assertThatThrownBy(() -> new TelegramChatAdministrators(client, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ttl");
  }
}
