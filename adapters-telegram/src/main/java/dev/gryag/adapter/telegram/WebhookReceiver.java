package dev.gryag.adapter.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
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
import java.time.Clock;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives updates from a Telegram webhook on the JDK's HTTP server (a virtual thread per request):
 * checks the {@code X-Telegram-Bot-Api-Secret-Token} header in constant time, refuses bodies over
 * the configured size, hands the update to the {@link UpdateHandler} and answers 200 only once it
 * is durably handled and committed. When the handler or the database fails, it answers 503 and
 * Telegram delivers the update again later; an update id seen before is acknowledged and dropped,
 * and one still being handled is refused with 503 until that finishes.
 */
public final class WebhookReceiver implements AutoCloseable {

  static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
  private static final Logger log = LoggerFactory.getLogger(WebhookReceiver.class);

  private final WebhookConfig config;
  private final byte[] secret;
  private final UpdatePipeline pipeline;
  private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();
  private final ExecutorService requests = Executors.newVirtualThreadPerTaskExecutor();
  private final HttpServer server;

  private WebhookReceiver(WebhookConfig config, String secret, UpdatePipeline pipeline) {
    this.config = config;
    this.secret = secret.getBytes(StandardCharsets.UTF_8);
    this.pipeline = pipeline;
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
    return start(client, config, cursors, handler, Clock.systemUTC());
  }

  static WebhookReceiver start(
      TelegramClient client,
      WebhookConfig config,
      CursorStore cursors,
      UpdateHandler handler,
      Clock clock) {
    BotIdentity me = client.getMe();
    String secret = config.secret() != null ? config.secret() : randomSecret();
    UpdatePipeline pipeline = new UpdatePipeline(me, handler, cursors, clock);
    WebhookReceiver receiver = new WebhookReceiver(config, secret, pipeline);
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

  /** Handles the update now; 200 once it is committed, 503 for Telegram to try again later. */
  private int admit(long id, JsonNode update) {
    if (pipeline.alreadyHandled(id)) {
      log.debug("update {} delivered again: acknowledged and dropped", id);
      return 200;
    }
    if (!inFlight.add(id)) {
      log.debug("update {} delivered again while it is being handled: refused for now", id);
      return 503;
    }
    try {
      pipeline.acceptOnce(update);
      return 200;
    } catch (UpdatePipeline.HandlerFailed e) {
      log.warn("update {} not handled yet: {}; Telegram will deliver it again", id, e.getMessage());
      return 503;
    } catch (StoreException e) {
      log.warn("update {} handled but not committed; Telegram will deliver it again", id, e);
      return 503;
    } finally {
      inFlight.remove(id);
    }
  }

  private static String randomSecret() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  /**
   * Stops listening and lets the requests being handled finish; a request not answered by then is
   * delivered again by Telegram. The webhook stays registered: Telegram keeps updates until the bot
   * is back.
   */
  @Override
  public void close() {
    server.stop(0);
    requests.close();
  }

  @Override
  public String toString() {
    return "WebhookReceiver[" + config + "]";
  }
}
