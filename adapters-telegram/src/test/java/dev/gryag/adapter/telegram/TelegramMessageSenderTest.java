package dev.gryag.adapter.telegram;

import static dev.gryag.adapter.telegram.FakeBotApi.error;
import static dev.gryag.adapter.telegram.FakeBotApi.sent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gryag.core.conversation.DeliveryException;
import dev.gryag.core.conversation.MessageSender;
import dev.gryag.core.conversation.OutgoingMessage;
import dev.gryag.core.conversation.Phrase;
import dev.gryag.core.conversation.Phrases;
import dev.gryag.core.conversation.SentMessage;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.MessageRef;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TelegramMessageSenderTest {

  private static final ChatId GROUP = ChatId.of(-1001234567890L);

  private final FakeBotApi api = new FakeBotApi();
  private final TelegramClient client = api.client();
  private final FakeTime time = new FakeTime();
  private final TelegramMessageSender sender = sender(time);

  private TelegramMessageSender sender(Sleeper sleeper) {
    return new TelegramMessageSender(
        client, time, sleeper, Backoff.standard(), Duration.ofSeconds(4));
  }

  @AfterEach
  void stop() {
    client.close();
    api.close();
  }

  private static OutgoingMessage reply(String text) {
    return new OutgoingMessage(GROUP, null, text, 42L);
  }

  @Test
  void a_reply_goes_out_as_html_threaded_to_the_trigger_in_its_topic() throws Exception {
    api.script("sendMessage", sent(GROUP.value(), 500));

    SentMessage result =
        sender.send(new OutgoingMessage(GROUP, 70L, "**Так**, звісно & <ясно>", 42L));

    JsonNode body = api.take("sendMessage").body();
    assertThat(body.path("chat_id").asLong()).isEqualTo(GROUP.value());
    assertThat(body.path("text").asText()).isEqualTo("<b>Так</b>, звісно &amp; &lt;ясно&gt;");
    assertThat(body.path("parse_mode").asText()).isEqualTo("HTML");
    assertThat(body.path("message_thread_id").asLong()).isEqualTo(70);
    assertThat(body.path("reply_parameters").path("message_id").asLong()).isEqualTo(42);
    assertThat(result.messageIds()).containsExactly(500L);
    assertThat(result.texts()).containsExactly("Так, звісно & <ясно>");
    assertThat(result.sentAt()).isEqualTo(time.instant());
  }

  @Test
  void member_text_in_a_command_answer_reaches_the_chat_as_written() throws Exception {
    api.script("sendMessage", sent(GROUP.value(), 501));
    String name = "<b>x</b> &amp; *bold* _x_ `code` [link](http://evil)";
    String persona = "# заголовок\n> цитата\n- пункт\n```\nкод\n```";
    Phrases phrases = Phrases.defaults();
    String answer =
        phrases.say(Phrase.BANNED, name) + "\n" + phrases.say(Phrase.PERSONA_SHOWN, persona);

    SentMessage result = sender.send(reply(answer));

    JsonNode body = api.take("sendMessage").body();
    assertThat(body.path("parse_mode").asText()).isEqualTo("HTML");
    assertThat(body.path("text").asText())
        .isEqualTo(
            "&lt;b&gt;x&lt;/b&gt; &amp;amp; *bold* _x_ `code` [link](http://evil) більше не може"
                + " до мене звертатися.\nПерсона цього чату:\n# заголовок\n&gt; цитата\n- пункт"
                + "\n```\nкод\n```");
    assertThat(result.texts())
        .containsExactly(
            name + " більше не може до мене звертатися.\nПерсона цього чату:\n" + persona);
  }

  @Test
  void a_long_reply_goes_out_in_parts_in_order_only_the_first_threaded_to_the_trigger()
      throws Exception {
    String paragraph = "Абзац з кількома словами і реченнями. ".repeat(60);
    String text = paragraph + "\n\n" + paragraph + "\n\n" + paragraph;
    api.script(
        "sendMessage",
        sent(GROUP.value(), 501),
        sent(GROUP.value(), 502),
        sent(GROUP.value(), 503));

    SentMessage result = sender.send(reply(text));

    List<FakeBotApi.Call> calls = api.calls("sendMessage");
    assertThat(calls).hasSize(3);
    assertThat(calls.get(0).body().has("reply_parameters")).isTrue();
    assertThat(calls.get(1).body().has("reply_parameters")).isFalse();
    assertThat(calls.get(2).body().has("reply_parameters")).isFalse();
    assertThat(result.messageIds()).containsExactly(501L, 502L, 503L);
    assertThat(String.join("", result.texts()).replaceAll("\\s+", ""))
        .isEqualTo(text.replaceAll("\\s+", ""));
    for (FakeBotApi.Call call : calls) {
      assertThat(call.body().path("text").asText().length()).isLessThanOrEqualTo(4096);
    }
  }

  @Test
  void parts_wait_one_second_each_under_the_per_chat_limit() throws Exception {
    api.script(
        "sendMessage", sent(GROUP.value(), 1), sent(GROUP.value(), 2), sent(GROUP.value(), 3));
    String paragraph = "слово ".repeat(600);

    sender.send(reply(paragraph + "\n\n" + paragraph + "\n\n" + paragraph));

    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
  }

  @Test
  void too_many_requests_waits_the_retry_after_then_sends_again() throws Exception {
    api.script("sendMessage", FakeBotApi.tooManyRequests(3), sent(GROUP.value(), 510));

    SentMessage result = sender.send(reply("привіт"));

    assertThat(result.messageIds()).containsExactly(510L);
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(3));
    assertThat(api.calls("sendMessage")).hasSize(2);
  }

  @Test
  void html_that_telegram_cannot_parse_is_sent_again_as_plain_text() throws Exception {
    api.script(
        "sendMessage",
        error(
            400,
            "Bad Request: can't parse entities: Unsupported start tag \"foo\" at byte offset 3"),
        sent(GROUP.value(), 520));

    SentMessage result = sender.send(reply("**жирний** `код` & ще"));

    List<FakeBotApi.Call> calls = api.calls("sendMessage");
    assertThat(calls.get(1).body().has("parse_mode")).isFalse();
    assertThat(calls.get(1).body().path("text").asText()).isEqualTo("жирний код & ще");
    assertThat(calls.get(1).body().path("reply_parameters").path("message_id").asLong())
        .isEqualTo(42);
    assertThat(result.texts()).containsExactly("жирний код & ще");
  }

  @Test
  void a_vanished_reply_target_is_dropped_and_the_message_sent_anyway() throws Exception {
    api.script(
        "sendMessage",
        error(400, "Bad Request: message to be replied not found"),
        sent(GROUP.value(), 530));

    SentMessage result = sender.send(reply("відповідь"));

    List<FakeBotApi.Call> calls = api.calls("sendMessage");
    assertThat(calls.get(1).body().has("reply_parameters")).isFalse();
    assertThat(calls.get(1).body().path("parse_mode").asText()).isEqualTo("HTML");
    assertThat(result.messageIds()).containsExactly(530L);
  }

  @Test
  void a_blocked_bot_fails_as_chat_unavailable_without_retrying() {
    api.script("sendMessage", error(403, "Forbidden: bot was kicked from the supergroup chat"));

    DeliveryException e =
        catchThrowableOfType(DeliveryException.class, () -> sender.send(reply("є хто?")));

    assertThat(e.kind()).isEqualTo(DeliveryException.Kind.CHAT_UNAVAILABLE);
    assertThat(e).hasMessageContaining("bot was kicked from the supergroup chat");
    assertThat(e.movedTo()).isNull();
    assertThat(api.calls("sendMessage")).hasSize(1);
  }

  @Test
  void a_group_that_became_a_supergroup_is_followed_and_reported() throws Exception {
    ChatId old = ChatId.of(-4000000001L);
    ChatId supergroup = ChatId.of(-1002000000001L);
    api.script(
        "sendMessage",
        FakeBotApi.migrated(supergroup.value()),
        sent(supergroup.value(), 540),
        sent(supergroup.value(), 541));
    String paragraph = "Абзац з кількома словами і реченнями. ".repeat(60);
    String twoParts = paragraph + "\n\n" + paragraph;

    SentMessage result = sender.send(new OutgoingMessage(old, null, twoParts, 42L));

    List<FakeBotApi.Call> calls = api.calls("sendMessage");
    assertThat(calls.get(0).body().path("chat_id").asLong()).isEqualTo(old.value());
    assertThat(calls.get(0).body().path("reply_parameters").path("message_id").asLong())
        .isEqualTo(42);
    // Message 42 is the old group's: in the supergroup that id is another message, or none.
    for (FakeBotApi.Call resent : calls.subList(1, 3)) {
      assertThat(resent.body().path("chat_id").asLong()).isEqualTo(supergroup.value());
      assertThat(resent.body().has("reply_parameters")).isFalse();
    }
    assertThat(result.messageIds()).containsExactly(540L, 541L);
    assertThat(result.movedTo()).isEqualTo(supergroup);
    assertThat(result.chatOr(old)).isEqualTo(supergroup);
  }

  @Test
  void a_group_that_became_a_supergroup_is_named_when_sending_there_then_fails() {
    ChatId old = ChatId.of(-4000000001L);
    ChatId supergroup = ChatId.of(-1002000000001L);
    api.script(
        "sendMessage",
        FakeBotApi.migrated(supergroup.value()),
        error(403, "Forbidden: bot was kicked from the supergroup chat"));

    DeliveryException e =
        catchThrowableOfType(
            DeliveryException.class,
            () -> sender.send(new OutgoingMessage(old, null, "є хто?", 42L)));

    assertThat(e.kind()).isEqualTo(DeliveryException.Kind.CHAT_UNAVAILABLE);
    assertThat(e.movedTo()).isEqualTo(supergroup);
    assertThat(api.calls("sendMessage")).hasSize(2);
  }

  @Test
  void a_later_part_that_fails_in_the_supergroup_still_names_it() {
    ChatId old = ChatId.of(-4000000001L);
    ChatId supergroup = ChatId.of(-1002000000001L);
    api.script(
        "sendMessage",
        FakeBotApi.migrated(supergroup.value()),
        sent(supergroup.value(), 540),
        error(403, "Forbidden: bot was kicked from the supergroup chat"));
    String paragraph = "Абзац з кількома словами і реченнями. ".repeat(60);

    DeliveryException e =
        catchThrowableOfType(
            DeliveryException.class,
            () -> sender.send(new OutgoingMessage(old, null, paragraph + "\n\n" + paragraph, 42L)));

    assertThat(e).hasMessageContaining("delivered 1 of 2 parts (message ids [540])");
    assertThat(e.movedTo()).isEqualTo(supergroup);
  }

  @Test
  void a_reply_delivered_where_it_was_sent_reports_no_move() throws Exception {
    api.script("sendMessage", sent(GROUP.value(), 560));

    SentMessage result = sender.send(reply("тут"));

    assertThat(result.movedTo()).isNull();
    assertThat(result.chatOr(GROUP)).isEqualTo(GROUP);
  }

  @Test
  void server_errors_are_retried_with_backoff_then_reported_as_transient() {
    TelegramMessageSender patient =
        new TelegramMessageSender(
            client,
            time,
            time,
            new Backoff(Duration.ofSeconds(5), Duration.ofSeconds(5)),
            Duration.ofSeconds(4));
    api.script(
        "sendMessage", FakeBotApi.badGateway(), FakeBotApi.badGateway(), FakeBotApi.badGateway());

    DeliveryException e =
        catchThrowableOfType(DeliveryException.class, () -> patient.send(reply("алло")));

    assertThat(e.kind()).isEqualTo(DeliveryException.Kind.TRANSIENT);
    assertThat(e).hasMessageContaining("502");
    assertThat(api.calls("sendMessage")).hasSize(3);
    assertThat(time.sleeps())
        .hasSize(2)
        .allSatisfy(
            wait -> assertThat(wait).isBetween(Duration.ofMillis(2500), Duration.ofMillis(7500)));
  }

  @Test
  void a_network_failure_is_retried() throws Exception {
    MockResponse drop =
        new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build();
    api.script("sendMessage", drop, drop, sent(GROUP.value(), 550));

    SentMessage result = sender.send(reply("зв'язок"));

    assertThat(result.messageIds()).containsExactly(550L);
    assertThat(time.sleeps()).isNotEmpty();
  }

  @Test
  void other_refusals_are_rejections_that_name_telegrams_reason() {
    api.script("sendMessage", error(400, "Bad Request: message thread not found"));

    DeliveryException e =
        catchThrowableOfType(DeliveryException.class, () -> sender.send(reply("тема")));

    assertThat(e.kind()).isEqualTo(DeliveryException.Kind.REJECTED);
    assertThat(e)
        .hasMessage(
            "sendMessage to chat -1001234567890 failed: 400 Bad Request: message thread not found");
  }

  @Test
  void a_failure_after_some_parts_says_which_parts_were_delivered() {
    String paragraph = "слово ".repeat(600);
    api.script(
        "sendMessage",
        sent(GROUP.value(), 560),
        error(403, "Forbidden: bot was blocked by the user"));

    DeliveryException e =
        catchThrowableOfType(
            DeliveryException.class, () -> sender.send(reply(paragraph + "\n\n" + paragraph)));

    assertThat(e.kind()).isEqualTo(DeliveryException.Kind.CHAT_UNAVAILABLE);
    assertThat(e).hasMessageStartingWith("delivered 1 of 2 parts (message ids [560]), then: ");
  }

  @Test
  void a_rejected_token_is_unauthorized() {
    api.script("sendMessage", error(401, "Unauthorized"));

    DeliveryException e =
        catchThrowableOfType(DeliveryException.class, () -> sender.send(reply("x")));

    assertThat(e.kind()).isEqualTo(DeliveryException.Kind.UNAUTHORIZED);
  }

  @Test
  void replies_to_one_chat_never_interleave_their_parts() throws Exception {
    String paragraph = "слово ".repeat(600);
    String first = "A " + paragraph + "\n\nA " + paragraph + "\n\nA " + paragraph;
    String second = "B " + paragraph + "\n\nB " + paragraph + "\n\nB " + paragraph;
    for (int i = 0; i < 6; i++) {
      api.script("sendMessage", sent(GROUP.value(), 600 + i));
    }

    CompletableFuture<SentMessage> a =
        CompletableFuture.supplyAsync(() -> sender.send(reply(first)));
    CompletableFuture<SentMessage> b =
        CompletableFuture.supplyAsync(() -> sender.send(reply(second)));
    a.get(10, TimeUnit.SECONDS);
    b.get(10, TimeUnit.SECONDS);

    String order =
        api.calls("sendMessage").stream()
            .map(c -> c.body().path("text").asText().substring(0, 1))
            .reduce("", String::concat);
    assertThat(order).isIn("AAABBB", "BBBAAA");
  }

  @Test
  void a_chat_stuck_on_a_slow_send_does_not_hold_back_another_chat() throws Exception {
    ChatId busy = ChatId.of(-100111L);
    ChatId other = ChatId.of(-100222L);
    CountDownLatch release = new CountDownLatch(1);
    api.scriptHeld("sendMessage", release, sent(busy.value(), 1));
    CompletableFuture<SentMessage> stuck =
        CompletableFuture.supplyAsync(
            () -> sender.send(new OutgoingMessage(busy, null, "повільно", null)));
    api.take("sendMessage");
    api.script("sendMessage", sent(other.value(), 2));

    SentMessage quick = sender.send(new OutgoingMessage(other, null, "швидко", null));

    assertThat(quick.messageIds()).containsExactly(2L);
    assertThat(stuck).isNotDone();
    release.countDown();
    assertThat(stuck.get(10, TimeUnit.SECONDS).messageIds()).containsExactly(1L);
  }

  @Test
  void typing_is_shown_and_refreshed_until_closed() throws Exception {
    Semaphore ticks = new Semaphore(0);
    TelegramMessageSender stepping = sender(duration -> ticks.acquire());

    MessageSender.TypingIndicator typing = stepping.typing(GROUP, 70L);

    JsonNode first = api.take("sendChatAction").body();
    assertThat(first.path("action").asText()).isEqualTo("typing");
    assertThat(first.path("chat_id").asLong()).isEqualTo(GROUP.value());
    assertThat(first.path("message_thread_id").asLong()).isEqualTo(70);
    ticks.release();
    api.take("sendChatAction");
    ticks.release();
    api.take("sendChatAction");

    typing.close();
    ((TypingLoop) typing).awaitStopped();
    ticks.release(5);
    typing.close();

    assertThat(api.calls("sendChatAction")).hasSize(3);
  }

  @Test
  void typing_stops_when_the_bot_is_no_longer_in_the_chat() throws Exception {
    api.script("sendChatAction", error(403, "Forbidden: bot was kicked from the group chat"));

    MessageSender.TypingIndicator typing = sender.typing(GROUP, null);
    ((TypingLoop) typing).awaitStopped();

    assertThat(api.calls("sendChatAction")).hasSize(1);
    assertThat(api.calls("sendChatAction").get(0).body().has("message_thread_id")).isFalse();
  }

  @Test
  void a_reaction_is_set_and_an_empty_one_removes_it() throws Exception {
    sender.react(MessageRef.of(GROUP.value(), 42), "👍");
    sender.react(MessageRef.of(GROUP.value(), 42), "");

    JsonNode set = api.take("setMessageReaction").body();
    assertThat(set.path("chat_id").asLong()).isEqualTo(GROUP.value());
    assertThat(set.path("message_id").asLong()).isEqualTo(42);
    assertThat(set.path("reaction").toString())
        .isEqualTo("[{\"type\":\"emoji\",\"emoji\":\"👍\"}]");
    assertThat(api.take("setMessageReaction").body().path("reaction").toString()).isEqualTo("[]");
  }

  @Test
  void a_refused_reaction_is_a_rejection() {
    api.script("setMessageReaction", error(400, "Bad Request: REACTION_INVALID"));

    DeliveryException e =
        catchThrowableOfType(
            DeliveryException.class, () -> sender.react(MessageRef.of(GROUP.value(), 42), "🦆"));

    assertThat(e.kind()).isEqualTo(DeliveryException.Kind.REJECTED);
    assertThat(e).hasMessageContaining("REACTION_INVALID");
  }
}
