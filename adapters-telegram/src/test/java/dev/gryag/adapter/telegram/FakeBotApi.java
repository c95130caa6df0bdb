package dev.gryag.adapter.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * MockWebServer playing the Bot API: answers per method from a script, with Telegram's real bodies;
 * {@code getMe}, {@code deleteWebhook} and {@code setWebhook} succeed unless scripted, and an
 * unscripted {@code getUpdates} is held open like a long poll with nothing to deliver.
 */
final class FakeBotApi extends Dispatcher implements AutoCloseable {

  static final String TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";
  static final String SECRET = TOKEN.substring(TOKEN.indexOf(':') + 1);
  static final long BOT_ID = 123456789L;
  static final String ME =
      """
      {"id":123456789,"is_bot":true,"first_name":"Gryag","username":"gryag_bot",\
      "can_join_groups":true,"can_read_all_group_messages":false,"supports_inline_queries":false}\
      """;

  private final Map<String, BlockingQueue<Object>> scripts = new ConcurrentHashMap<>();
  private final Map<String, Function<JsonNode, MockResponse>> answers = new ConcurrentHashMap<>();
  private final BlockingQueue<Call> calls = new LinkedBlockingQueue<>();
  private final List<Call> all = new ArrayList<>();
  private final CountDownLatch closed = new CountDownLatch(1);
  private final MockWebServer server = new MockWebServer();
  private volatile Duration idlePoll = Duration.ofSeconds(30);

  FakeBotApi() {
    server.setDispatcher(this);
    try {
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One recorded request: the method and its JSON body. */
  record Call(String method, JsonNode body, String path) {}

  URI url() {
    return server.url("/").uri();
  }

  TelegramConfig config() {
    return TelegramConfig.of(TOKEN).withApiUrl(url());
  }

  TelegramClient client() {
    return TelegramClient.create(config());
  }

  /** How long an unscripted getUpdates is held before answering an empty result. */
  void holdPollsFor(Duration duration) {
    idlePoll = duration;
  }

  FakeBotApi script(String method, MockResponse... responses) {
    scripts.computeIfAbsent(method, m -> new LinkedBlockingQueue<>()).addAll(List.of(responses));
    return this;
  }

  /** Every {@code method} request not scripted otherwise gets what {@code answer} makes of it. */
  FakeBotApi answer(String method, Function<JsonNode, MockResponse> answer) {
    answers.put(method, answer);
    return this;
  }

  /** The next {@code method} request gets {@code response} only once {@code release} opens. */
  FakeBotApi scriptHeld(String method, CountDownLatch release, MockResponse response) {
    scripts
        .computeIfAbsent(method, m -> new LinkedBlockingQueue<>())
        .add(new Held(release, response));
    return this;
  }

  private record Held(CountDownLatch release, MockResponse response) {}

  @Override
  public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
    String path = request.getUrl().encodedPath();
    String method = path.substring(path.lastIndexOf('/') + 1);
    JsonNode body;
    try {
      body =
          TelegramClient.JSON.readTree(request.getBody() == null ? "{}" : request.getBody().utf8());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Call call = new Call(method, body, path);
    synchronized (all) {
      all.add(call);
    }
    calls.add(call);
    Object scripted = scripts.computeIfAbsent(method, m -> new LinkedBlockingQueue<>()).poll();
    if (scripted instanceof Held held) {
      held.release().await(30, TimeUnit.SECONDS);
      return held.response();
    }
    if (scripted != null) {
      return (MockResponse) scripted;
    }
    if (answers.containsKey(method)) {
      return answers.get(method).apply(body);
    }
    return switch (method) {
      case "getMe" -> ok(ME);
      case "deleteWebhook", "setWebhook", "sendChatAction", "setMessageReaction" -> ok("true");
      case "getUpdates" -> {
        closed.await(idlePoll.toMillis(), TimeUnit.MILLISECONDS);
        yield ok("[]");
      }
      default -> error(404, "Not Found");
    };
  }

  /** The next request for {@code method}, waiting up to 10 s; requests for others are skipped. */
  Call take(String method) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < deadline) {
      Call call = calls.poll(100, TimeUnit.MILLISECONDS);
      if (call != null && call.method().equals(method)) {
        return call;
      }
    }
    throw new AssertionError("no " + method + " request within 10 s");
  }

  /** Forgets the requests not taken yet, so that {@link #take} sees only what comes next. */
  void skipPendingRequests() {
    calls.clear();
  }

  List<Call> calls(String method) {
    synchronized (all) {
      return all.stream().filter(c -> c.method().equals(method)).toList();
    }
  }

  int requestCount() {
    return server.getRequestCount();
  }

  @Override
  public void close() {
    closed.countDown();
    server.close();
  }

  static MockResponse ok(String resultJson) {
    return json(200, "{\"ok\":true,\"result\":" + resultJson + "}");
  }

  static MockResponse error(int code, String description) {
    return json(
        code,
        "{\"ok\":false,\"error_code\":"
            + code
            + ",\"description\":"
            + TelegramClient.JSON.valueToTree(description)
            + "}");
  }

  static MockResponse tooManyRequests(int retryAfter) {
    return json(
        429,
        "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after "
            + retryAfter
            + "\",\"parameters\":{\"retry_after\":"
            + retryAfter
            + "}}");
  }

  static MockResponse migrated(long toChatId) {
    return json(
        400,
        "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: group chat was upgraded"
            + " to a supergroup chat\",\"parameters\":{\"migrate_to_chat_id\":"
            + toChatId
            + "}}");
  }

  static MockResponse json(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .addHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  static MockResponse badGateway() {
    return new MockResponse.Builder()
        .code(502)
        .addHeader("Content-Type", "text/html")
        .body("<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>")
        .build();
  }

  /** A user as the Bot API describes one. */
  static String user(long id, String firstName) {
    return "{\"id\":"
        + id
        + ",\"is_bot\":false,\"first_name\":"
        + TelegramClient.JSON.valueToTree(firstName)
        + ",\"language_code\":\"uk\"}";
  }

  /**
   * A chat's admins as getChatAdministrators returns them: the creator (the first id) and
   * administrators with their rights.
   */
  static MockResponse administrators(long... ids) {
    StringBuilder result = new StringBuilder("[");
    for (int i = 0; i < ids.length; i++) {
      result.append(i == 0 ? "" : ",").append(member(ids[i], i == 0 ? "creator" : "administrator"));
    }
    return ok(result.append(']').toString());
  }

  /** One ChatMember object as getChatMember and getChatAdministrators return it. */
  static String member(long id, String status) {
    String rights =
        switch (status) {
          case "creator" -> ",\"is_anonymous\":false,\"custom_title\":\"засновниця\"";
          case "administrator" ->
              ",\"can_be_edited\":false,\"is_anonymous\":false,\"can_manage_chat\":true,"
                  + "\"can_delete_messages\":true,\"can_manage_video_chats\":true,"
                  + "\"can_restrict_members\":true,\"can_promote_members\":false,"
                  + "\"can_change_info\":true,\"can_invite_users\":true,"
                  + "\"can_post_stories\":false,\"can_edit_stories\":false,"
                  + "\"can_delete_stories\":false,\"can_pin_messages\":true,"
                  + "\"can_manage_topics\":false";
          default -> "";
        };
    return "{\"user\":"
        + user(id, "Учасник " + id)
        + ",\"status\":\""
        + status
        + "\""
        + rights
        + "}";
  }

  /** A sent message as sendMessage returns it. */
  static MockResponse sent(long chatId, long messageId) {
    return ok(
        "{\"message_id\":"
            + messageId
            + ",\"from\":"
            + ME
            + ",\"chat\":{\"id\":"
            + chatId
            + ",\"title\":\"Кава і код\",\"type\":\"supergroup\"},\"date\":1717000000,"
            + "\"text\":\"ok\"}");
  }
}
