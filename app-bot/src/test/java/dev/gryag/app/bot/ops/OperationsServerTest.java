package dev.gryag.app.bot.ops;

import static org.assertj.core.api.Assertions.assertThat;

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

  private HttpResponse<String> get(OperationsServer ops, String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ops.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
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
            "127.0.0.1",
            0,
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
            "127.0.0.1",
            0,
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
