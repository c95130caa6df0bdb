package dev.gryag.app.bot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gryag.core.testing.NoDelayServerSockets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A Bot API server on loopback that behaves like Telegram for one bot: updates wait in a queue
 * until {@code getUpdates} asks from their offset (held open briefly when there are none), sent
 * messages get ids and are recorded, each group has the admins a test gives it. Bodies are
 * Telegram's real shapes. As Telegram, it forgets an update only when {@code getUpdates} asks from
 * an offset above it, so a bot killed before it confirmed an update gets it again. Thread-safe:
 * every state change holds the lock, for the server's threads (one a connection) and the test's
 * own.
 */
final class FakeTelegram extends Dispatcher implements AutoCloseable {

  static final String TOKEN = "4242424242:AAE-fake-token-for-the-end-to-end-test";
  static final long BOT_ID = 4242424242L;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final MockWebServer server = new MockWebServer();

  /** Updates not yet confirmed, oldest first; Telegram forgets an update once confirmed. */
  private final Deque<ObjectNode> updates = new ArrayDeque<>();

  private final List<JsonNode> sent = new ArrayList<>();

  /** Every message posted or sent, by chat and id ({@link #key}), for replies to point at. */
  private final Map<String, JsonNode> messages = new HashMap<>();

  private final Map<Long, Long> nextMessageIds = new HashMap<>();
  private final Set<Long> basicGroups = new HashSet<>();
  private final Map<Long, Long> upgraded = new HashMap<>();

  /** Each group's admins, creator first, as getChatAdministrators lists them. */
  private final Map<Long, List<Member>> admins = new HashMap<>();

  private long nextUpdateId = 1000;

  /**
   * Called with each message the bot sends, after Telegram "delivered" it and before the bot gets
   * the answer: a test may kill the bot there.
   */
  volatile Consumer<JsonNode> onDelivered = message -> {};

  FakeTelegram() throws IOException {
    server.setServerSocketFactory(new NoDelayServerSockets());
    server.setDispatcher(this);
    server.start();
  }

  URI url() {
    return server.url("/").uri();
  }

  /**
   * Makes {@code chatId} a basic group (type {@code group}) rather than a supergroup, the default.
   */
  synchronized void basicGroup(long chatId) {
    basicGroups.add(chatId);
  }

  /**
   * Upgrades a basic group to a supergroup as Telegram does: the old chat gets a service message
   * with {@code migrate_to_chat_id} (from the admin who did it), the new one, whose message ids
   * start again from 1, one with {@code migrate_from_chat_id} (sent on behalf of the supergroup),
   * and from now on sending to the old chat fails with Telegram's 400 naming the new id.
   */
  synchronized void upgrade(long group, long supergroup, String title, Member by) {
    upgraded.put(group, supergroup);
    ObjectNode old = newMessage(group, title);
    old.set("from", by.json());
    old.put("migrate_to_chat_id", supergroup);
    queue(old);
    ObjectNode created = newMessage(supergroup, title);
    created
        .putObject("from")
        .put("id", 1087968824L)
        .put("is_bot", true)
        .put("first_name", "Group")
        .put("username", "GroupAnonymousBot");
    created
        .putObject("sender_chat")
        .put("id", supergroup)
        .put("title", title)
        .put("type", "supergroup");
    created.put("migrate_from_chat_id", group);
    queue(created);
  }

  /** Makes {@code creator} the creator of {@code chatId} and the others its administrators. */
  synchronized void admins(long chatId, Member creator, Member... administrators) {
    List<Member> list = new ArrayList<>();
    list.add(creator);
    list.addAll(List.of(administrators));
    admins.put(chatId, list);
  }

  /**
   * {@code by} promotes {@code member} to administrator of the group: from now on
   * getChatAdministrators lists them, and a {@code chat_member} update says so.
   */
  synchronized void promote(long chatId, String title, Member member, Member by) {
    admins.computeIfAbsent(chatId, c -> new ArrayList<>(List.of(by))).add(member);
    ObjectNode change = JSON.createObjectNode();
    change
        .putObject("chat")
        .put("id", chatId)
        .put("type", basicGroups.contains(chatId) ? "group" : "supergroup")
        .put("title", title);
    change.set("from", by.json());
    change.put("date", Instant.now().getEpochSecond());
    change.set("old_chat_member", chatMember(member, "member"));
    change.set("new_chat_member", chatMember(member, "administrator"));
    ObjectNode update = JSON.createObjectNode();
    update.put("update_id", nextUpdateId++);
    update.set("chat_member", change);
    updates.add(update);
    notifyAll();
  }

  /** A ChatMember object as the Bot API describes one (an administrator with its rights). */
  private static ObjectNode chatMember(Member member, String status) {
    ObjectNode node = JSON.createObjectNode();
    node.set("user", member.json());
    node.put("status", status);
    if (status.equals("creator")) {
      node.put("is_anonymous", false);
    } else if (status.equals("administrator")) {
      node.put("can_be_edited", false)
          .put("is_anonymous", false)
          .put("can_manage_chat", true)
          .put("can_delete_messages", true)
          .put("can_manage_video_chats", true)
          .put("can_restrict_members", true)
          .put("can_promote_members", false)
          .put("can_change_info", true)
          .put("can_invite_users", true)
          .put("can_pin_messages", true)
          .put("can_manage_topics", false);
    }
    return node;
  }

  private synchronized MockResponse administrators(long chatId) {
    ArrayNode result = JSON.createArrayNode();
    List<Member> list = admins.getOrDefault(chatId, List.of());
    for (int i = 0; i < list.size(); i++) {
      result.add(chatMember(list.get(i), i == 0 ? "creator" : "administrator"));
    }
    return ok(result.toString());
  }

  private synchronized MockResponse member(long chatId, long userId) {
    List<Member> list = admins.getOrDefault(chatId, List.of());
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i).id() == userId) {
        return ok(chatMember(list.get(i), i == 0 ? "creator" : "administrator").toString());
      }
    }
    return ok(chatMember(new Member(userId, "Учасник", null), "member").toString());
  }

  /** A new message of the chat, numbered in the chat's own sequence, sent now. */
  private ObjectNode newMessage(long chatId, String chatTitle) {
    long messageId = nextMessageIds.merge(chatId, 1L, Long::sum);
    ObjectNode message = JSON.createObjectNode();
    message.put("message_id", messageId);
    message.put("date", Instant.now().getEpochSecond());
    ObjectNode chat = message.putObject("chat");
    chat.put("id", chatId)
        .put("type", basicGroups.contains(chatId) ? "group" : "supergroup")
        .put("title", chatTitle);
    return message;
  }

  private static String key(long chatId, long messageId) {
    return chatId + "/" + messageId;
  }

  private void queue(ObjectNode message) {
    messages.put(
        key(message.path("chat").path("id").asLong(), message.path("message_id").asLong()),
        message);
    ObjectNode update = JSON.createObjectNode();
    update.put("update_id", nextUpdateId++);
    update.set("message", message);
    updates.add(update);
    notifyAll();
  }

  /**
   * An update as given, with the next update id: for updates Telegram would never send (a wrong
   * shape, a field of the wrong type). Returns its update id.
   */
  synchronized long rawUpdate(String field, JsonNode value) {
    ObjectNode update = JSON.createObjectNode();
    long id = nextUpdateId++;
    update.put("update_id", id);
    update.set(field, value);
    updates.add(update);
    notifyAll();
    return id;
  }

  /** A member's message in a group; returns its message id. */
  synchronized long post(long chatId, String chatTitle, Member from, String text, Long replyTo) {
    ObjectNode message = newMessage(chatId, chatTitle);
    long messageId = message.path("message_id").asLong();
    message.set("from", from.json());
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
    queue(message);
    return messageId;
  }

  private JsonNode sentOrPosted(long messageId, long chatId) {
    JsonNode known = messages.get(key(chatId, messageId));
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
      case "getChatAdministrators" -> administrators(body.path("chat_id").asLong());
      case "getChatMember" -> member(body.path("chat_id").asLong(), body.path("user_id").asLong());
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
    long chatId = body.path("chat_id").asLong();
    if (upgraded.containsKey(chatId)) {
      return json(
          400,
          "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: group chat was upgraded"
              + " to a supergroup chat\",\"parameters\":{\"migrate_to_chat_id\":"
              + upgraded.get(chatId)
              + "}}");
    }
    ObjectNode message = newMessage(chatId, "");
    message.remove("chat");
    message
        .putObject("from")
        .put("id", BOT_ID)
        .put("is_bot", true)
        .put("first_name", "Гряг")
        .put("username", "gryag_bot");
    message.putObject("chat").put("id", chatId).put("type", "supergroup");
    message.put("text", body.path("text").asText());
    JsonNode replyTo = body.path("reply_parameters").path("message_id");
    if (!replyTo.isMissingNode()) {
      message.put("reply_to", replyTo.asLong());
    }
    sent.add(message);
    messages.put(key(chatId, message.path("message_id").asLong()), message);
    notifyAll();
    onDelivered.accept(message);
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
    return json(
        code, "{\"ok\":false,\"error_code\":" + code + ",\"description\":\"" + description + "\"}");
  }

  private static MockResponse json(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .addHeader("Content-Type", "application/json")
        .body(body)
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
