package dev.gryag.app.bot.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gryag.core.config.ListenAddress;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class OperationsServerTest {

  private final HttpClient http = HttpClient.newHttpClient();

  private static final String TOKEN = "0123456789abcdef-ops";

  private HttpResponse<String> get(OperationsServer ops, String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ops.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(OperationsServer ops, String path, String authorization)
      throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ops.port() + path))
            .header("Authorization", authorization)
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void itListensOnTheLoopbackAddressItIsGiven() {
    try (OperationsServer ops =
        OperationsServer.start(
            ListenAddress.loopback(0), "", new PrometheusRegistry(), List.of())) {
      assertThat(ops.address().getAddress().isLoopbackAddress()).isTrue();
      assertThat(ops.address().getAddress().getHostAddress()).isEqualTo("127.0.0.1");
    }
  }

  @Test
  void withATokenMetricsNeedTheBearerTokenAndTheProbesStayOpen() throws Exception {
    PrometheusRegistry registry = new PrometheusRegistry();
    Counter.builder().name("gryag_updates_received").help("Updates").register(registry).inc();
    try (OperationsServer ops =
        OperationsServer.start(
            ListenAddress.loopback(0),
            TOKEN,
            registry,
            List.of(new HealthCheck("database", () -> null)))) {

      HttpResponse<String> anonymous = get(ops, "/metrics");
      assertThat(anonymous.statusCode()).isEqualTo(401);
      assertThat(anonymous.headers().firstValue("WWW-Authenticate"))
          .contains("Bearer realm=\"gryag\"");
      assertThat(anonymous.body()).doesNotContain("gryag_updates_received");
      assertThat(get(ops, "/metrics", "Bearer wrong-token-0123456789").statusCode()).isEqualTo(401);
      assertThat(get(ops, "/metrics", "Bearer " + TOKEN + "x").statusCode()).isEqualTo(401);
      assertThat(get(ops, "/metrics", TOKEN).statusCode()).isEqualTo(401);

      HttpResponse<String> scraped = get(ops, "/metrics", "Bearer " + TOKEN);
      assertThat(scraped.statusCode()).isEqualTo(200);
      assertThat(scraped.body()).contains("gryag_updates_received_total 1.0");

      assertThat(get(ops, "/healthz").statusCode()).isEqualTo(200);
      assertThat(get(ops, "/readyz").statusCode()).isEqualTo(200);
      assertThat(get(ops, "/status").statusCode()).as("any other page").isEqualTo(401);
      assertThat(get(ops, "/status", "Bearer " + TOKEN).statusCode()).isEqualTo(404);
    }
  }

  @Test
  void servesMetricsHealthAndReadiness() throws Exception {
    PrometheusRegistry registry = new PrometheusRegistry();
    Counter updates =
        Counter.builder().name("gryag_updates_received").help("Updates").register(registry);
    updates.inc(3);
    AtomicReference<String> database = new AtomicReference<>();
    try (OperationsServer ops =
        OperationsServer.start(
            ListenAddress.loopback(0),
            "",
            registry,
            List.of(
                new HealthCheck("database", database::get),
                new HealthCheck("receiving", () -> null)))) {

      HttpResponse<String> metrics = get(ops, "/metrics");
      assertThat(metrics.statusCode()).isEqualTo(200);
      assertThat(metrics.body()).contains("gryag_updates_received_total 3.0");

      assertThat(get(ops, "/healthz").statusCode()).isEqualTo(200);

      HttpResponse<String> ready = get(ops, "/readyz");
      assertThat(ready.statusCode()).isEqualTo(200);
      assertThat(ready.body()).contains("database: ok").contains("receiving: ok");

      database.set("connection refused at 127.0.0.1:5432");
      HttpResponse<String> notReady = get(ops, "/readyz");
      assertThat(notReady.statusCode()).isEqualTo(503);
      assertThat(notReady.body()).contains("database: connection refused at 127.0.0.1:5432");
    }
  }

  @Test
  void aThrowingProbeMakesTheBotNotReady() throws Exception {
    try (OperationsServer ops =
        OperationsServer.start(
            ListenAddress.loopback(0),
            "",
            new PrometheusRegistry(),
            List.of(
                new HealthCheck(
                    "database",
                    () -> {
                      throw new IllegalStateException("pool closed");
                    })))) {
      HttpResponse<String> ready = get(ops, "/readyz");
      assertThat(ready.statusCode()).isEqualTo(503);
      assertThat(ready.body()).contains("database: IllegalStateException: pool closed");
    }
  }
}
