package dev.gryag.app.bot.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import dev.gryag.core.config.ListenAddress;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's small operations port: {@code /metrics} (Prometheus text format), {@code /healthz} (the
 * process is up) and {@code /readyz} (every {@link HealthCheck} passes, else 503 with the reasons).
 * With a token, every page but the two probes asks for {@code Authorization: Bearer <token>}.
 */
public final class OperationsServer implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(OperationsServer.class);

  private final HttpServer server;
  private final PrometheusRegistry registry;
  private final List<HealthCheck> checks;
  private final byte[] expectedAuthorization;

  private OperationsServer(
      HttpServer server, PrometheusRegistry registry, List<HealthCheck> checks, String token) {
    this.server = server;
    this.registry = registry;
    this.checks = List.copyOf(checks);
    this.expectedAuthorization = token.isEmpty() ? null : sha256("Bearer " + token);
  }

  /**
   * Binds {@code address} (port 0 picks a free one) and starts serving on virtual threads.
   *
   * @param token what {@code /metrics} asks for as {@code Authorization: Bearer <token>}; empty:
   *     nothing, for a port only this machine (or a trusted network) reaches
   */
  public static OperationsServer start(
      ListenAddress address, String token, PrometheusRegistry registry, List<HealthCheck> checks) {
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(address.host(), address.port()), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot open the operations port "
              + address
              + " (set GRYAG_OPS_LISTEN or GRYAG_OPS_PORT to a free port, or GRYAG_OPS_PORT=0 to"
              + " turn it off)",
          e);
    }
    OperationsServer ops = new OperationsServer(server, registry, checks, token);
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    // The probes have their own contexts; every other path, present or future, is behind the token.
    server.createContext("/healthz", exchange -> respond(exchange, 200, "ok\n"));
    server.createContext("/readyz", ops::ready);
    server.createContext("/", ops.guarded(ops::page));
    server.start();
    log.info(
        "operations port listening on {}{}",
        ops.hostAndPort(),
        token.isEmpty() ? "" : " (/metrics needs the GRYAG_OPS_TOKEN bearer token)");
    if (token.isEmpty() && !ops.address().getAddress().isLoopbackAddress()) {
      log.warn(
          "the operations port {} is reachable from other machines and /metrics is open: set"
              + " GRYAG_OPS_TOKEN",
          ops.hostAndPort());
    }
    return ops;
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** The address the port is bound to. */
  public InetSocketAddress address() {
    return server.getAddress();
  }

  private ListenAddress hostAndPort() {
    return new ListenAddress(address().getAddress().getHostAddress(), port());
  }

  private HttpHandler guarded(HttpHandler page) {
    return exchange -> {
      if (expectedAuthorization == null || authorized(exchange)) {
        page.handle(exchange);
      } else {
        exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"gryag\"");
        respond(exchange, 401, "a bearer token is required (GRYAG_OPS_TOKEN)\n");
      }
    };
  }

  /** Compares digests, so the time taken says nothing about the token, not even its length. */
  private boolean authorized(HttpExchange exchange) {
    String given = exchange.getRequestHeaders().getFirst("Authorization");
    return given != null && MessageDigest.isEqual(expectedAuthorization, sha256(given));
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private void page(HttpExchange exchange) throws IOException {
    switch (exchange.getRequestURI().getPath()) {
      case "/metrics" -> metrics(exchange);
      default -> respond(exchange, 404, "not found\n");
    }
  }

  private void metrics(HttpExchange exchange) throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    PrometheusTextFormatWriter.create().write(body, registry.scrape());
    exchange.getResponseHeaders().set("Content-Type", PrometheusTextFormatWriter.CONTENT_TYPE);
    send(exchange, 200, body.toByteArray());
  }

  private void ready(HttpExchange exchange) throws IOException {
    StringBuilder body = new StringBuilder();
    boolean ready = true;
    for (HealthCheck check : checks) {
      String problem = check.run();
      ready &= problem == null;
      body.append(check.name()).append(": ").append(problem == null ? "ok" : problem).append('\n');
    }
    respond(exchange, ready ? 200 : 503, body.toString());
  }

  private static void respond(HttpExchange exchange, int status, String text) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
    send(exchange, status, text.getBytes(StandardCharsets.UTF_8));
  }

  private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    log.info("operations port closed");
  }
}
