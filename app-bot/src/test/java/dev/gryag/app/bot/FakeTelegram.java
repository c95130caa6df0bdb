package dev.gryag.app.bot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A Bot API server on loopback that behaves like Telegram for one bot: updates wait in a queue
 * until {@code getUpdates} asks from their offset (held open briefly when there are none), sent
 * messages get ids and are recorded. Bodies are Telegram's real shapes.
 */
final class FakeTelegram extends Dispatcher implements AutoCloseable {

  static final String TOKEN = "4242424242:AAE-fake-token-for-the-end-to-end-test";
  static final long BOT_ID = 4242424242L;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final MockWebServer server = new MockWebServer();

  /** Updates not yet confirmed, oldest first; Telegram forgets an update once confirmed. */
  private final Deque<ObjectNode> updates = new ArrayDeque<>();

  private final List<JsonNode> sent = new ArrayList<>();

  /** Every message posted or sent, by id, for replies to point at. */
  private final Map<Long, JsonNode> messages = new HashMap<>();

  private long nextUpdateId = 1000;
  private long nextMessageId = 1;

  FakeTelegram() throws IOException {
    server.setDispatcher(this);
    server.start();
  }

  URI url() {
    return server.url("/").uri();
  }

  /** A member's message in a group; returns its message id. */
  synchronized long post(long chatId, String chatTitle, Member from, String text, Long replyTo) {
    long messageId = nextMessageId++;
    ObjectNode message = JSON.createObjectNode();
    message.put("message_id", messageId);
    message.put("date", Instant.now().getEpochSecond());
    message.set("from", from.json());
    ObjectNode chat = message.putObject("chat");
    chat.put("id", chatId).put("type", "supergroup").put("title", chatTitle);
    message.put("text", text);
    if (text.startsWith("@")) {
      int end = text.indexOf(' ') < 0 ? text.length() : text.indexOf(' ');
      message
          .putArray("entities")
          .addObject()
          .put("type", "mention")
          .put("offset", 0)
          .put("length", end);
    } else if (text.startsWith("/")) {
      int end = text.indexOf(' ') < 0 ? text.length() : text.indexOf(' ');
      message
          .putArray("entities")
          .addObject()
          .put("type", "bot_command")
          .put("offset", 0)
          .put("length", end);
    }
    if (replyTo != null) {
      message.set("reply_to_message", sentOrPosted(replyTo, chatId));
    }
    ObjectNode update = JSON.createObjectNode();
    update.put("update_id", nextUpdateId++);
    update.set("message", message);
    updates.add(update);
    messages.put(messageId, message);
    notifyAll();
    return messageId;
  }

  private JsonNode sentOrPosted(long messageId, long chatId) {
    JsonNode known = messages.get(messageId);
    if (known != null) {
      return known;
    }
    ObjectNode missing = JSON.createObjectNode();
    missing.put("message_id", messageId).put("date", 0).putObject("chat").put("id", chatId);
    return missing;
  }

  /** Messages the bot sent, in order. */
  synchronized List<JsonNode> sent() {
    return List.copyOf(sent);
  }

  /** Waits until the bot has sent {@code count} messages in all; fails after 30 s. */
  synchronized List<JsonNode> awaitSent(int count) throws InterruptedException {
    return awaitSentFor(count, 30);
  }

  /** Waits until the bot has sent {@code count} messages in all; fails after {@code seconds}. */
  synchronized List<JsonNode> awaitSentFor(int count, int seconds) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (sent.size() < count) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError("the bot sent " + sent.size() + " messages, expected " + count);
      }
      TimeUnit.NANOSECONDS.timedWait(this, left);
    }
    return List.copyOf(sent);
  }

  /** The highest update id the bot has confirmed by asking past it. */
  private long confirmed;

  synchronized long confirmedOffset() {
    return confirmed;
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
    String path = request.getUrl().encodedPath();
    if (!path.startsWith("/bot" + TOKEN + "/")) {
      return error(401, "Unauthorized");
    }
    String method = path.substring(path.lastIndexOf('/') + 1);
    JsonNode body = read(request);
    return switch (method) {
      case "getMe" ->
          ok(
              "{\"id\":"
                  + BOT_ID
                  + ",\"is_bot\":true,\"first_name\":\"Гряг\",\"username\":\"gryag_bot\"}");
      case "deleteWebhook", "setWebhook", "sendChatAction", "setMessageReaction" -> ok("true");
      case "getUpdates" -> updates(body.path("offset").asLong(0));
      case "sendMessage" -> send(body);
      default -> error(404, "Not Found: method not found");
    };
  }

  private synchronized MockResponse updates(long offset) throws InterruptedException {
    confirmed = Math.max(confirmed, offset);
    while (!updates.isEmpty() && updates.peekFirst().path("update_id").asLong() < offset) {
      updates.removeFirst();
    }
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(300);
    List<ObjectNode> ready = pending(offset);
    while (ready.isEmpty() && System.nanoTime() < deadline) {
      TimeUnit.NANOSECONDS.timedWait(this, deadline - System.nanoTime());
      ready = pending(offset);
    }
    ArrayNode result = JSON.createArrayNode();
    ready.forEach(result::add);
    return ok(result.toString());
  }

  private List<ObjectNode> pending(long offset) {
    return updates.stream()
        .filter(u -> u.path("update_id").asLong() >= offset)
        .limit(100) // as Telegram: at most 100 updates a call
        .toList();
  }

  private synchronized MockResponse send(JsonNode body) {
    ObjectNode message = JSON.createObjectNode();
    message.put("message_id", nextMessageId++);
    message.put("date", Instant.now().getEpochSecond());
    message
        .putObject("from")
        .put("id", BOT_ID)
        .put("is_bot", true)
        .put("first_name", "Гряг")
        .put("username", "gryag_bot");
    message.putObject("chat").put("id", body.path("chat_id").asLong()).put("type", "supergroup");
    message.put("text", body.path("text").asText());
    JsonNode replyTo = body.path("reply_parameters").path("message_id");
    if (!replyTo.isMissingNode()) {
      message.put("reply_to", replyTo.asLong());
    }
    sent.add(message);
    messages.put(message.path("message_id").asLong(), message);
    notifyAll();
    return ok(message.toString());
  }

  private static JsonNode read(RecordedRequest request) {
    try {
      return request.getBody() == null || request.getBody().size() == 0
          ? JSON.createObjectNode()
          : JSON.readTree(request.getBody().utf8());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static MockResponse ok(String result) {
    return new MockResponse.Builder()
        .addHeader("Content-Type", "application/json")
        .body("{\"ok\":true,\"result\":" + result + "}")
        .build();
  }

  private static MockResponse error(int code, String description) {
    return new MockResponse.Builder()
        .code(code)
        .addHeader("Content-Type", "application/json")
        .body("{\"ok\":false,\"error_code\":" + code + ",\"description\":\"" + description + "\"}")
        .build();
  }

  @Override
  public void close() {
    synchronized (this) {
      notifyAll();
    }
    server.close();
  }

  /** A chat member as the Bot API describes a user. */
  record Member(long id, String firstName, String username) {
    JsonNode json() {
      ObjectNode user = JSON.createObjectNode();
      user.put("id", id)
          .put("is_bot", false)
          .put("first_name", firstName)
          .put("username", username);
      return user;
    }
  }
}
