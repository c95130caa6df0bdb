package dev.gryag.adapter.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.gryag.core.StoreException;
import dev.gryag.core.conversation.CursorStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives updates from a Telegram webhook on the JDK's HTTP server (a virtual thread per request):
 * checks the {@code X-Telegram-Bot-Api-Secret-Token} header, answers at once, and hands the update
 * to the {@link UpdateHandler} on a worker thread in arrival order. An update id seen before is
 * acknowledged and dropped; a full queue answers 503 so that Telegram retries later.
 */
public final class WebhookReceiver implements AutoCloseable {

  static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
  static final int QUEUE_CAPACITY = 1_000;
  private static final Logger log = LoggerFactory.getLogger(WebhookReceiver.class);
  private static final JsonNode STOP = MissingNode.getInstance();

  private final WebhookConfig config;
  private final byte[] secret;
  private final UpdatePipeline pipeline;
  private final Sleeper sleeper;
  private final Backoff backoff;
  private final BlockingQueue<JsonNode> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
  private final Set<Long> pending = ConcurrentHashMap.newKeySet();
  private final ExecutorService requests = Executors.newVirtualThreadPerTaskExecutor();
  private final HttpServer server;
  private final Thread worker;

  private WebhookReceiver(
      WebhookConfig config,
      String secret,
      UpdatePipeline pipeline,
      Sleeper sleeper,
      Backoff backoff) {
    this.config = config;
    this.secret = secret.getBytes(StandardCharsets.UTF_8);
    this.pipeline = pipeline;
    this.sleeper = sleeper;
    this.backoff = backoff;
    try {
      this.server =
          HttpServer.create(new InetSocketAddress(config.listenHost(), config.listenPort()), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot listen for the webhook on " + config.listenHost() + ":" + config.listenPort(), e);
    }
    server.createContext(config.path(), this::exchange);
    server.setExecutor(requests);
    server.start();
    this.worker = Thread.ofVirtual().name("telegram-webhook-worker").start(this::work);
  }

  /**
   * Checks the token ({@code getMe}), starts listening, then registers the webhook with Telegram
   * ({@code setWebhook} with the secret and one connection at a time, which keeps updates in
   * order).
   *
   * @throws TelegramException when Telegram rejects the token or the webhook
   * @throws UncheckedIOException when the address cannot be bound
   */
  public static WebhookReceiver start(
      TelegramClient client, WebhookConfig config, CursorStore cursors, UpdateHandler handler) {
    return start(client, config, cursors, handler, Sleeper.SYSTEM, Backoff.standard());
  }

  static WebhookReceiver start(
      TelegramClient client,
      WebhookConfig config,
      CursorStore cursors,
      UpdateHandler handler,
      Sleeper sleeper,
      Backoff backoff) {
    BotIdentity me = client.getMe();
    String secret = config.secret() != null ? config.secret() : randomSecret();
    UpdatePipeline pipeline = new UpdatePipeline(me, handler, cursors, sleeper, backoff);
    WebhookReceiver receiver = new WebhookReceiver(config, secret, pipeline, sleeper, backoff);
    try {
      client.setWebhook(config.publicUrl(), secret, client.config().allowedUpdates(), 1);
    } catch (RuntimeException e) {
      receiver.close();
      throw e;
    }
    log.info(
        "webhook for @{} registered at {}, listening on {}",
        me.username(),
        config.publicUrl(),
        receiver.address());
    return receiver;
  }

  /** The address the server is bound to (useful with port 0). */
  public InetSocketAddress address() {
    return server.getAddress();
  }

  private void exchange(HttpExchange exchange) throws IOException {
    try (exchange) {
      exchange.sendResponseHeaders(status(exchange), -1);
    }
  }

  private int status(HttpExchange exchange) throws IOException {
    if (!"POST".equals(exchange.getRequestMethod())) {
      return 405;
    }
    String given = exchange.getRequestHeaders().getFirst(SECRET_HEADER);
    if (given == null || !MessageDigest.isEqual(secret, given.getBytes(StandardCharsets.UTF_8))) {
      log.warn(
          "webhook request from {} rejected: wrong or missing {}",
          exchange.getRemoteAddress(),
          SECRET_HEADER);
      return 401;
    }
    byte[] body = exchange.getRequestBody().readNBytes(config.maxBodyBytes() + 1);
    if (body.length > config.maxBodyBytes()) {
      log.warn("webhook request rejected: body over {} bytes", config.maxBodyBytes());
      return 413;
    }
    JsonNode update;
    try {
      update = TelegramClient.JSON.readTree(body);
    } catch (JsonProcessingException e) {
      log.warn(
          "webhook request rejected: the body is not JSON: {} (at line {}, column {})",
          e.getOriginalMessage(),
          e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
          e.getLocation() == null ? 0 : e.getLocation().getColumnNr());
      return 400;
    }
    JsonNode id = update == null ? null : update.get("update_id");
    if (id == null || !id.canConvertToLong()) {
      log.warn("webhook request rejected: the body has no numeric update_id");
      return 400;
    }
    return admit(id.asLong(), update);
  }

  private int admit(long id, JsonNode update) {
    if (pipeline.alreadyHandled(id) || !pending.add(id)) {
      log.debug("update {} delivered again: acknowledged and dropped", id);
      return 200;
    }
    if (!queue.offer(update)) {
      pending.remove(id);
      log.warn("webhook queue is full: update {} refused, Telegram will deliver it again", id);
      return 503;
    }
    return 200;
  }

  private void work() {
    try {
      for (JsonNode update = queue.take(); update != STOP; update = queue.take()) {
        try {
          handleUntilCommitted(update);
        } finally {
          pending.remove(update.path("update_id").asLong());
        }
      }
    } catch (InterruptedException e) {
      log.info("webhook worker stopped with {} updates queued", queue.size());
    }
  }

  private void handleUntilCommitted(JsonNode update) throws InterruptedException {
    for (int failures = 1; ; failures++) {
      try {
        pipeline.accept(update);
        return;
      } catch (StoreException e) {
        Duration wait = backoff.after(failures);
        log.warn("could not commit update; retrying in {} ms", wait.toMillis(), e);
        sleeper.sleep(wait);
      }
    }
  }

  private static String randomSecret() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  /**
   * Stops listening, lets the worker finish the updates already acknowledged (up to 10 s), then
   * stops it. The webhook stays registered: Telegram keeps updates until the bot is back.
   */
  @Override
  public void close() {
    server.stop(0);
    requests.close();
    if (!queue.offer(STOP)) {
      worker.interrupt();
    }
    try {
      if (!worker.join(Duration.ofSeconds(10))) {
        worker.interrupt();
      }
    } catch (InterruptedException e) {
      worker.interrupt();
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public String toString() {
    return "WebhookReceiver[" + config + "]";
  }
}
