package dev.gryag.adapter.telegram;

import static dev.gryag.adapter.telegram.FakeBotApi.sent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gryag.core.conversation.DeliveryException;
import dev.gryag.core.conversation.OutgoingMessage;
import dev.gryag.core.model.ChatId;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the Telegram client will not do for a server: read an answer past {@link
 * TelegramClient#MAX_RESPONSE_BYTES}, follow a redirect, or resend a message whose answer was too
 * large.
 */
class OutboundHttpTest {

  private static final long CAP = TelegramClient.MAX_RESPONSE_BYTES;

  private final FakeBotApi api = new FakeBotApi();
  private final TelegramClient client = api.client();

  @AfterEach
  void stop() {
    client.close();
    api.close();
  }

  @Test
  void an_answer_that_declares_more_than_the_cap_fails_unread_without_the_token() {
    // Nothing of the body is sent: reading it would end in a read timeout instead.
    api.script("getMe", OversizeBodies.declaring(1L << 30));

    assertThatThrownBy(client::getMe)
        .isInstanceOf(TelegramException.class)
        .hasMessage(
            "getMe failed: the Bot API answer declares 1073741824 bytes, more than the 8388608"
                + " allowed")
        .message()
        .doesNotContain(FakeBotApi.SECRET);
  }

  @Test
  void a_chunked_answer_that_keeps_going_fails_once_past_the_cap() {
    api.script("getUpdates", OversizeBodies.endlessChunks());

    assertThatThrownBy(() -> client.getUpdates(0))
        .isInstanceOf(IOException.class)
        .hasMessage("the Bot API answer is larger than 8388608 bytes");
  }

  @Test
  void a_gzipped_answer_is_capped_at_its_inflated_size() throws Exception {
    api.script("getUpdates", OversizeBodies.gzipBomb(16L << 20));

    assertThatThrownBy(() -> client.getUpdates(0))
        .hasMessage("the Bot API answer is larger than 8388608 bytes");
  }

  @ParameterizedTest(name = "chunked: {0}")
  @ValueSource(booleans = {false, true})
  void an_answer_of_exactly_the_cap_is_read_and_one_byte_more_is_not(boolean chunked)
      throws Exception {
    String batch = "{\"ok\":true,\"result\":[" + Updates.text(700, 1, "якраз") + "]}";
    api.script(
        "getUpdates",
        OversizeBodies.paddedTo(CAP, batch, chunked),
        OversizeBodies.paddedTo(CAP + 1, batch, chunked));

    ApiResult<List<JsonNode>> result = client.getUpdates(0);
    assertThat(result)
        .isInstanceOfSatisfying(
            ApiResult.Ok.class,
            ok ->
                assertThat(((List<?>) ok.value()))
                    .singleElement()
                    .extracting(u -> ((JsonNode) u).path("update_id").asLong())
                    .isEqualTo(700L));
    assertThatThrownBy(() -> client.getUpdates(0))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith("the Bot API answer ");
  }

  @Test
  void a_redirect_is_not_followed() {
    api.script(
        "getMe",
        new MockResponse.Builder()
            .code(307)
            .addHeader("Location", "http://127.0.0.1:9/elsewhere/getMe")
            .build());

    assertThatThrownBy(client::getMe).hasMessage("getMe failed: 307 HTTP 307");
    assertThat(api.requestCount()).isEqualTo(1);
  }

  @Test
  void an_oversize_answer_to_send_message_is_not_sent_again() throws Exception {
    ChatId group = ChatId.of(-1001234567890L);
    api.script("sendMessage", OversizeBodies.endlessChunks(), sent(group.value(), 9));
    FakeTime time = new FakeTime();
    TelegramMessageSender sender =
        new TelegramMessageSender(client, time, time, Backoff.standard(), Duration.ofSeconds(4));

    DeliveryException e =
        catchThrowableOfType(
            DeliveryException.class,
            () -> sender.send(new OutgoingMessage(group, null, "привіт", null)));

    assertThat(e.getMessage())
        .isEqualTo(
            "sendMessage to chat -1001234567890 failed, not retried: the Bot API answer is larger"
                + " than 8388608 bytes");
    assertThat(api.calls("sendMessage")).hasSize(1);
  }
}
