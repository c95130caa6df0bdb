package dev.gryag.adapter.telegram;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gryag.core.model.UserId;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * The Telegram Bot API over HTTP: JSON requests to {@code <apiUrl>/bot<token>/<method>} and the
 * {@code {"ok":…}} envelope decoded. Calls block, are interruptible, read at most {@value
 * #MAX_RESPONSE_BYTES} bytes of an answer, and never let the token out in a message. Thread-safe;
 * close it at shutdown.
 */
public final class TelegramClient implements AutoCloseable {

  static final ObjectMapper JSON =
      JsonMapper.builder()
          .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();
  private static final JavaType UPDATES =
      JSON.getTypeFactory().constructCollectionType(List.class, JsonNode.class);

  /**
   * The largest Bot API answer read: a full {@code getUpdates} batch (100 updates, each at most a
   * 4096-character message with its entities and the message it replies to) stays far below it.
   */
  static final long MAX_RESPONSE_BYTES = 8L << 20;

  private final TelegramConfig config;
  private final OkHttpClient http;
  private final OkHttpClient pollingHttp;
  private final Redactor redactor;
  private final HttpTransport transport;

  TelegramClient(TelegramConfig config, OkHttpClient http) {
    this.config = Objects.requireNonNull(config, "config");
    this.http =
        Objects.requireNonNull(http, "http")
            .newBuilder()
            .addInterceptor(new ResponseCap(MAX_RESPONSE_BYTES))
            // The Bot API never redirects; following one could resend a request over plain HTTP.
            .followRedirects(false)
            .build();
    this.pollingHttp =
        this.http
            .newBuilder()
            .readTimeout(config.pollTimeout().plus(Duration.ofSeconds(15)))
            .build();
    this.redactor = new Redactor(config.token());
    this.transport =
        new HttpTransport(
            HttpUrl.get(config.apiUrl().toString())
                .newBuilder()
                .addPathSegment("bot" + config.token())
                .build(),
            redactor);
  }

  /** A client with its own connection pool and virtual-thread dispatcher. */
  public static TelegramClient create(TelegramConfig config) {
    Dispatcher dispatcher = new Dispatcher(Executors.newVirtualThreadPerTaskExecutor());
    dispatcher.setMaxRequests(256);
    dispatcher.setMaxRequestsPerHost(256);
    OkHttpClient http =
        new OkHttpClient.Builder()
            .dispatcher(dispatcher)
            .connectTimeout(Duration.ofSeconds(10))
            .readTimeout(Duration.ofSeconds(30))
            .writeTimeout(Duration.ofSeconds(30))
            .build();
    return new TelegramClient(config, http);
  }

  public TelegramConfig config() {
    return config;
  }

  /**
   * Asks Telegram who the bot is; call it at start to check the token.
   *
   * @throws TelegramException when the token is wrong ({@link TelegramException#unauthorized()}) or
   *     Telegram cannot be reached
   */
  public BotIdentity getMe() {
    BotApiTypes.User me = required("getMe", JSON.createObjectNode(), BotApiTypes.User.class);
    String username = me.username() == null ? "bot" + me.id() : me.username();
    return new BotIdentity(UserId.of(me.id()), username, me.firstName());
  }

  /**
   * Tells Telegram to post updates to {@code url} with the secret header.
   *
   * @throws TelegramException when Telegram refuses (e.g. not an HTTPS URL) or cannot be reached
   */
  public void setWebhook(URI url, String secret, List<String> allowedUpdates, int maxConnections) {
    ObjectNode payload =
        JSON.createObjectNode()
            .put("url", url.toString())
            .put("secret_token", secret)
            .put("max_connections", maxConnections);
    payload.putPOJO("allowed_updates", List.copyOf(allowedUpdates));
    required("setWebhook", payload, Boolean.class);
  }

  /**
   * Removes the webhook so that {@code getUpdates} works; pending updates stay unless dropped.
   *
   * @throws TelegramException when Telegram refuses or cannot be reached
   */
  public void deleteWebhook(boolean dropPendingUpdates) {
    required(
        "deleteWebhook",
        JSON.createObjectNode().put("drop_pending_updates", dropPendingUpdates),
        Boolean.class);
  }

  /** One long poll; each update is returned as a tree so one odd update cannot spoil a batch. */
  ApiResult<List<JsonNode>> getUpdates(long offset) throws IOException, InterruptedException {
    ObjectNode payload =
        JSON.createObjectNode().put("timeout", config.pollTimeout().toSeconds()).put("limit", 100);
    if (offset > 0) {
      payload.put("offset", offset);
    }
    payload.putPOJO("allowed_updates", config.allowedUpdates());
    return transport.post(pollingHttp, "getUpdates", payload, UPDATES);
  }

  <T> ApiResult<T> call(String method, ObjectNode payload, Class<T> type)
      throws IOException, InterruptedException {
    return transport.post(http, method, payload, JSON.constructType(type));
  }

  private <T> T required(String method, ObjectNode payload, Class<T> type) {
    ApiResult<T> result;
    try {
      result = call(method, payload, type);
    } catch (IOException e) {
      throw new TelegramException(method + " failed: " + e.getMessage(), 0, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TelegramException(method + " was interrupted", 0, e);
    }
    return switch (result) {
      case ApiResult.Ok<T> ok -> ok.value();
      case ApiResult.Failed<T> failed -> throw TelegramException.from(method, failed.error());
    };
  }

  @Override
  public void close() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  @Override
  public String toString() {
    return "TelegramClient[" + config + "]";
  }
}
