package dev.gryag.adapter.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Telegram Bot API over HTTP: JSON requests to {@code <apiUrl>/bot<token>/<method>} and the
 * {@code {"ok":…}} envelope decoded. Calls block, are interruptible, and never let the token out in
 * a message. Thread-safe; close it at shutdown.
 */
public final class TelegramClient implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(TelegramClient.class);
  private static final MediaType JSON_TYPE = MediaType.get("application/json");
  static final ObjectMapper JSON =
      JsonMapper.builder()
          .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();
  private static final JavaType UPDATES =
      JSON.getTypeFactory().constructCollectionType(List.class, JsonNode.class);

  private final TelegramConfig config;
  private final OkHttpClient http;
  private final OkHttpClient pollingHttp;
  private final Redactor redactor;
  private final HttpUrl base;

  TelegramClient(TelegramConfig config, OkHttpClient http) {
    this.config = Objects.requireNonNull(config, "config");
    this.http = Objects.requireNonNull(http, "http");
    this.pollingHttp =
        http.newBuilder().readTimeout(config.pollTimeout().plus(Duration.ofSeconds(15))).build();
    this.redactor = new Redactor(config.token());
    this.base =
        HttpUrl.get(config.apiUrl().toString())
            .newBuilder()
            .addPathSegment("bot" + config.token())
            .build();
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
    return call("getUpdates", payload, UPDATES, pollingHttp);
  }

  <T> ApiResult<T> call(String method, ObjectNode payload, Class<T> type)
      throws IOException, InterruptedException {
    return call(method, payload, JSON.constructType(type), http);
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

  private <T> ApiResult<T> call(String method, ObjectNode payload, JavaType type, OkHttpClient via)
      throws IOException, InterruptedException {
    Request request =
        new Request.Builder()
            .url(base.newBuilder().addPathSegment(method).build())
            .post(RequestBody.create(JSON.writeValueAsBytes(payload), JSON_TYPE))
            .build();
    long started = System.nanoTime();
    RawResponse raw = execute(via, request);
    log.debug(
        "{} answered HTTP {} in {} ms", method, raw.code(), (System.nanoTime() - started) / 1e6);
    return decode(method, raw, type);
  }

  /** Runs the call on the dispatcher so that the waiting thread can be interrupted. */
  private RawResponse execute(OkHttpClient via, Request request)
      throws IOException, InterruptedException {
    Call call = via.newCall(request);
    CompletableFuture<RawResponse> done = new CompletableFuture<>();
    call.enqueue(
        new Callback() {
          @Override
          public void onFailure(Call failed, IOException e) {
            done.completeExceptionally(e);
          }

          @Override
          public void onResponse(Call answered, Response response) {
            try (response) {
              done.complete(new RawResponse(response.code(), response.body().string()));
            } catch (IOException e) {
              done.completeExceptionally(e);
            }
          }
        });
    try {
      return done.get();
    } catch (InterruptedException e) {
      call.cancel();
      throw e;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw redactor.apply(io);
      }
      throw new IOException(redactor.apply(String.valueOf(e.getCause())));
    }
  }

  private <T> ApiResult<T> decode(String method, RawResponse raw, JavaType type)
      throws MalformedResponseException {
    JsonNode root;
    try {
      root = JSON.readTree(raw.body());
    } catch (JsonProcessingException e) {
      if (raw.code() != 200) {
        return new ApiResult.Failed<>(ApiError.of(raw.code(), "HTTP " + raw.code()));
      }
      throw malformed(method, "is not JSON", e);
    }
    if (root == null || !root.path("ok").isBoolean()) {
      if (raw.code() != 200) {
        return new ApiResult.Failed<>(ApiError.of(raw.code(), "HTTP " + raw.code()));
      }
      throw new MalformedResponseException(
          "the Bot API answer to " + method + " has no boolean \"ok\" field");
    }
    if (!root.get("ok").booleanValue()) {
      return new ApiResult.Failed<>(error(root, raw.code()));
    }
    try {
      return new ApiResult.Ok<>(JSON.readerFor(type).readValue(root.path("result")));
    } catch (IOException e) {
      throw malformed(method, "has a \"result\" of an unexpected shape", e);
    }
  }

  private static ApiError error(JsonNode root, int httpCode) {
    JsonNode parameters = root.path("parameters");
    Duration retryAfter =
        parameters.has("retry_after")
            ? Duration.ofSeconds(parameters.get("retry_after").asLong())
            : null;
    Long migrateTo =
        parameters.has("migrate_to_chat_id") ? parameters.get("migrate_to_chat_id").asLong() : null;
    return new ApiError(
        root.path("error_code").asInt(httpCode),
        root.path("description").asText(""),
        retryAfter,
        migrateTo);
  }

  private MalformedResponseException malformed(String method, String what, IOException e) {
    String detail;
    if (e instanceof JsonMappingException m) {
      detail = m.getOriginalMessage() + " (at " + m.getPathReference() + ")";
    } else if (e instanceof JsonProcessingException p && p.getLocation() != null) {
      detail =
          p.getOriginalMessage()
              + " (at line "
              + p.getLocation().getLineNr()
              + ", column "
              + p.getLocation().getColumnNr()
              + ")";
    } else {
      detail = e.getMessage();
    }
    return new MalformedResponseException(
        redactor.apply("the Bot API answer to " + method + " " + what + ": " + detail));
  }

  Redactor redactor() {
    return redactor;
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

  private record RawResponse(int code, String body) {}
}
