package dev.gryag.adapter.llm;

import static dev.gryag.adapter.llm.Fixtures.GEMINI_KEY;
import static dev.gryag.adapter.llm.Fixtures.GEMINI_KEY_2;
import static dev.gryag.adapter.llm.Fixtures.geminiAnswer;
import static dev.gryag.adapter.llm.Fixtures.geminiError;
import static dev.gryag.adapter.llm.Fixtures.json;
import static dev.gryag.adapter.llm.Fixtures.prompt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gryag.core.llm.Completion;
import dev.gryag.core.llm.LanguageModelException;
import dev.gryag.core.llm.LanguageModelException.Kind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ResilienceTest {

  private static final BreakerSettings TWO_STRIKES =
      new BreakerSettings(50, 2, 2, Duration.ofSeconds(30));

  private final MockWebServer server = new MockWebServer();
  private final FakeTime time = new FakeTime();
  private final RecordingMetrics metrics = new RecordingMetrics();
  private LlmRuntime runtime;

  @BeforeEach
  void start() throws Exception {
    server.start();
  }

  @AfterEach
  void stop() {
    if (runtime != null) {
      runtime.close();
    }
    server.close();
  }

  private GeminiLanguageModel gemini(LlmRuntime.Builder builder, String... keys) {
    runtime = builder.build();
    return new GeminiLanguageModel(Fixtures.gemini(server, keys), runtime);
  }

  private static MockResponse overloaded() {
    return json(503, geminiError(503, "UNAVAILABLE", "The model is overloaded."));
  }

  @Test
  void the_breaker_opens_after_failures_refuses_at_once_then_half_opens_after_its_wait() {
    GeminiLanguageModel model =
        gemini(
            Fixtures.runtime(time, metrics)
                .retry(RetrySettings.DEFAULTS.withMaxAttempts(1))
                .breaker(TWO_STRIKES),
            GEMINI_KEY);
    server.enqueue(overloaded());
    server.enqueue(overloaded());
    assertThatThrownBy(() -> model.complete(prompt())).isInstanceOf(LanguageModelException.class);
    assertThatThrownBy(() -> model.complete(prompt())).isInstanceOf(LanguageModelException.class);
    assertThat(model.circuitState()).isEqualTo("OPEN");

    assertThatThrownBy(() -> model.complete(prompt()))
        .isInstanceOfSatisfying(
            LanguageModelException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE);
              assertThat(e.getMessage()).isEqualTo("gemini: circuit breaker is open; not called");
            });
    assertThat(server.getRequestCount()).isEqualTo(2);

    time.advance(Duration.ofSeconds(29));
    assertThatThrownBy(() -> model.complete(prompt()))
        .isInstanceOfSatisfying(
            LanguageModelException.class, e -> assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE));
    assertThat(server.getRequestCount()).isEqualTo(2);

    time.advance(Duration.ofSeconds(2));
    server.enqueue(json(200, geminiAnswer("back")));
    assertThat(model.complete(prompt())).isInstanceOf(Completion.Answer.class);
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(model.circuitState()).isEqualTo("CLOSED");
    assertThat(metrics.events)
        .filteredOn(e -> e.startsWith("circuit"))
        .containsExactly(
            "circuit gemini CLOSED->OPEN",
            "circuit gemini OPEN->HALF_OPEN",
            "circuit gemini HALF_OPEN->CLOSED");
    assertThat(time.sleeps()).isEmpty();
  }

  @Test
  void a_failed_probe_opens_the_breaker_again() {
    GeminiLanguageModel model =
        gemini(
            Fixtures.runtime(time, metrics)
                .retry(RetrySettings.DEFAULTS.withMaxAttempts(1))
                .breaker(TWO_STRIKES),
            GEMINI_KEY);
    server.enqueue(overloaded());
    server.enqueue(overloaded());
    server.enqueue(overloaded());
    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> model.complete(prompt()));
    }
    time.advance(Duration.ofSeconds(31));

    assertThatThrownBy(() -> model.complete(prompt()))
        .isInstanceOfSatisfying(
            LanguageModelException.class, e -> assertThat(e.kind()).isEqualTo(Kind.TRANSIENT));

    assertThat(model.circuitState()).isEqualTo("OPEN");
    assertThat(metrics.events).contains("circuit gemini HALF_OPEN->OPEN");
  }

  @Test
  void requests_the_provider_rejects_do_not_open_the_breaker() {
    GeminiLanguageModel model =
        gemini(
            Fixtures.runtime(time, metrics)
                .retry(RetrySettings.DEFAULTS.withMaxAttempts(1))
                .breaker(TWO_STRIKES),
            GEMINI_KEY);
    for (int i = 0; i < 3; i++) {
      server.enqueue(json(400, geminiError(400, "INVALID_ARGUMENT", "Invalid JSON payload")));
      assertThatThrownBy(() -> model.complete(prompt()))
          .isInstanceOfSatisfying(
              LanguageModelException.class, e -> assertThat(e.kind()).isEqualTo(Kind.REJECTED));
    }
    assertThat(model.circuitState()).isEqualTo("CLOSED");
  }

  @Test
  void a_rate_limited_key_is_rotated_to_the_next_without_waiting() throws Exception {
    GeminiLanguageModel model = gemini(Fixtures.runtime(time, metrics), GEMINI_KEY, GEMINI_KEY_2);
    server.enqueue(
        json(429, GeminiLanguageModelTest.geminiQuotaError("20s", "Please retry in 20s.")));
    server.enqueue(json(200, geminiAnswer("from the second key")));
    server.enqueue(json(200, geminiAnswer("still the second key")));

    Completion first = model.complete(prompt());
    Completion second = model.complete(prompt());

    assertThat(first.attempts()).isEqualTo(2);
    assertThat(time.sleeps()).isEmpty();
    assertThat(server.takeRequest().getHeaders().get("x-goog-api-key")).isEqualTo(GEMINI_KEY);
    assertThat(server.takeRequest().getHeaders().get("x-goog-api-key")).isEqualTo(GEMINI_KEY_2);
    // The first key rests for its 20 s, so the next call starts on the second.
    assertThat(server.takeRequest().getHeaders().get("x-goog-api-key")).isEqualTo(GEMINI_KEY_2);
    assertThat(second.attempts()).isEqualTo(1);
  }

  @Test
  void when_every_key_is_resting_the_hint_is_waited_out() throws Exception {
    GeminiLanguageModel model = gemini(Fixtures.runtime(time, metrics), GEMINI_KEY, GEMINI_KEY_2);
    server.enqueue(json(429, GeminiLanguageModelTest.geminiQuotaError("4s", "")));
    server.enqueue(json(429, GeminiLanguageModelTest.geminiQuotaError("6s", "")));
    server.enqueue(json(200, geminiAnswer("ok")));

    Completion completion = model.complete(prompt());

    assertThat(completion.attempts()).isEqualTo(3);
    // Key 1 → 429 (rotate, no wait); key 2 → 429 (both resting: wait 6 s); key 1 is rested again.
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(6));
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      keys.add(server.takeRequest().getHeaders().get("x-goog-api-key"));
    }
    assertThat(keys).containsExactly(GEMINI_KEY, GEMINI_KEY_2, GEMINI_KEY);
  }

  @Test
  void no_more_than_the_cap_of_calls_reach_the_provider_at_once() throws Exception {
    int callers = 5;
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger maxInFlight = new AtomicInteger();
    CountDownLatch threeArrived = new CountDownLatch(3);
    CountDownLatch release = new CountDownLatch(1);
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
            maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            threeArrived.countDown();
            release.await(10, TimeUnit.SECONDS);
            inFlight.decrementAndGet();
            return json(200, geminiAnswer("ok"));
          }
        });
    GeminiLanguageModel model =
        gemini(
            Fixtures.runtime(time, metrics)
                .http(
                    Fixtures.FAST_HTTP.withTimeouts(
                        Duration.ofSeconds(2), Duration.ofSeconds(15), Duration.ofSeconds(20)))
                .concurrency(3, Duration.ofSeconds(30)),
            GEMINI_KEY);
    List<Thread> threads = new ArrayList<>();
    List<Completion> results = new java.util.concurrent.CopyOnWriteArrayList<>();
    for (int i = 0; i < callers; i++) {
      threads.add(Thread.ofPlatform().start(() -> results.add(model.complete(prompt()))));
    }

    assertThat(threeArrived.await(10, TimeUnit.SECONDS)).isTrue();
    // The two callers beyond the cap must be parked on the bulkhead, not talking to the server.
    awaitParked(threads, callers - 3);
    assertThat(inFlight.get()).isEqualTo(3);
    release.countDown();
    for (Thread t : threads) {
      t.join(Duration.ofSeconds(15));
    }

    assertThat(results).hasSize(callers);
    assertThat(maxInFlight.get()).isEqualTo(3);
  }

  /** Polls thread states (no fixed sleep) until {@code count} threads wait for a slot. */
  private static void awaitParked(List<Thread> threads, int count) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (threads.stream().filter(t -> t.getState() == Thread.State.TIMED_WAITING).count()
        < count) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("callers beyond the cap never waited for a slot");
      }
      Thread.onSpinWait();
    }
  }

  @Test
  void an_interrupt_while_waiting_to_retry_abandons_the_call_and_keeps_the_flag() {
    runtime =
        Fixtures.runtime(time, metrics)
            .sleeper(d -> {
              throw new InterruptedException("test");
            })
            .build();
    GeminiLanguageModel model =
        new GeminiLanguageModel(Fixtures.gemini(server, GEMINI_KEY), runtime);
    server.enqueue(overloaded());

    try {
      assertThatThrownBy(() -> model.complete(prompt()))
          .isInstanceOfSatisfying(
              LanguageModelException.class, e -> assertThat(e.kind()).isEqualTo(Kind.INTERRUPTED));
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void an_interrupted_caller_makes_no_call() {
    GeminiLanguageModel model = gemini(Fixtures.runtime(time, metrics), GEMINI_KEY);
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> model.complete(prompt()))
          .isInstanceOfSatisfying(
              LanguageModelException.class, e -> assertThat(e.kind()).isEqualTo(Kind.INTERRUPTED));
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
      assertThat(server.getRequestCount()).isZero();
    } finally {
      Thread.interrupted();
    }
  }
}
