package dev.gryag.app.bot.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's small operations port: {@code /metrics} (Prometheus text format), {@code /healthz} (the
 * process is up) and {@code /readyz} (every {@link HealthCheck} passes, else 503 with the reasons).
 */
public final class OperationsServer implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(OperationsServer.class);

  private final HttpServer server;
  private final PrometheusRegistry registry;
  private final List<HealthCheck> checks;

  private OperationsServer(
      HttpServer server, PrometheusRegistry registry, List<HealthCheck> checks) {
    this.server = server;
    this.registry = registry;
    this.checks = List.copyOf(checks);
  }

  /** Binds {@code host:port} (port 0 picks a free one) and starts serving on virtual threads. */
  public static OperationsServer start(
      String host, int port, PrometheusRegistry registry, List<HealthCheck> checks) {
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(host, port), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot open the operations port "
              + host
              + ":"
              + port
              + " (set GRYAG_OPS_PORT to a free port, or 0 to turn it off)",
          e);
    }
    OperationsServer ops = new OperationsServer(server, registry, checks);
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.createContext("/metrics", ops::metrics);
    server.createContext("/healthz", exchange -> respond(exchange, 200, "ok\n"));
    server.createContext("/readyz", ops::ready);
    server.start();
    log.info("operations port listening on {}:{}", host, ops.port());
    return ops;
  }

  public int port() {
    return server.getAddress().getPort();
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
