package dev.gryag.adapter.telegram;

import dev.gryag.core.conversation.ChatAdministrators;
import dev.gryag.core.conversation.ChatAdministratorsContract;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.UserId;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;

/** The port's contract, with the Bot API played by MockWebServer with Telegram's real answers. */
class TelegramChatAdministratorsContractTest extends ChatAdministratorsContract {

  private final FakeBotApi api = new FakeBotApi();
  private final TelegramClient client = api.client();

  @AfterEach
  void stop() {
    client.close();
    api.close();
  }

  @Override
  protected ChatAdministrators administrators(Map<ChatId, List<UserId>> admins) {
    api.answer(
        "getChatAdministrators",
        body -> {
          List<UserId> named = admins.get(ChatId.of(body.path("chat_id").asLong()));
          if (named == null) {
            return FakeBotApi.error(400, "Bad Request: chat not found");
          }
          return FakeBotApi.administrators(named.stream().mapToLong(UserId::value).toArray());
        });
    return new TelegramChatAdministrators(client, Duration.ofMinutes(10));
  }
}
