package dev.gryag.adapter.llm;

import static dev.gryag.adapter.llm.Fixtures.GEMINI_KEY;
import static dev.gryag.adapter.llm.Fixtures.OPENAI_KEY;
import static dev.gryag.adapter.llm.Fixtures.geminiAnswer;
import static dev.gryag.adapter.llm.Fixtures.geminiError;
import static dev.gryag.adapter.llm.Fixtures.json;
import static dev.gryag.adapter.llm.Fixtures.openAiAnswer;
import static dev.gryag.adapter.llm.Fixtures.prompt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gryag.core.llm.Completion;
import dev.gryag.core.llm.LanguageModel;
import dev.gryag.core.llm.LanguageModelException;
import dev.gryag.core.llm.LanguageModelException.Kind;
import dev.gryag.core.llm.TokenUsage;
import java.time.Duration;
import java.util.List;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FallbackLanguageModelTest {

  private final MockWebServer primary = new MockWebServer();
  private final MockWebServer secondary = new MockWebServer();
  private final FakeTime time = new FakeTime();
  private final RecordingMetrics metrics = new RecordingMetrics();
  private LlmRuntime runtime;

  @BeforeEach
  void start() throws Exception {
    primary.start();
    secondary.start();
    runtime =
        Fixtures.runtime(time, metrics)
            .retry(RetrySettings.DEFAULTS.withMaxAttempts(2))
            .breaker(new BreakerSettings(50, 2, 2, Duration.ofMinutes(1)))
            .build();
  }

  @AfterEach
  void stop() {
    runtime.close();
    primary.close();
    secondary.close();
  }

  private FallbackLanguageModel chain() {
    return runtime.fallbackChain(
        List.of(
            Fixtures.gemini(primary, GEMINI_KEY), Fixtures.openAi(secondary, "groq", OPENAI_KEY)));
  }

  @Test
  void a_dead_primary_falls_over_to_the_secondary_and_the_attempts_add_up() throws Exception {
    String deadUrl = Fixtures.base(primary, "/v1beta");
    primary.close();
    FallbackLanguageModel chain =
        runtime.fallbackChain(
            List.of(
                Fixtures.gemini(secondary, GEMINI_KEY).withBaseUrl(deadUrl),
                Fixtures.openAi(secondary, "groq", OPENAI_KEY)));
    secondary.enqueue(json(200, openAiAnswer("from groq")));

    Completion completion = chain.complete(prompt());

    assertThat(completion)
        .isEqualTo(new Completion.Answer("from groq", "stop", new TokenUsage(30, 5), "groq", 3));
    assertThat(metrics.events)
        .containsExactly(
            "retrying gemini TRANSIENT after 1",
            "circuit gemini CLOSED->OPEN",
            "failed gemini TRANSIENT",
            "completed groq Answer tokens=35");
  }

  @Test
  void an_open_primary_breaker_is_skipped_at_once_without_a_call_or_a_wait() {
    primary.enqueue(json(500, geminiError(500, "INTERNAL", "An internal error has occurred.")));
    primary.enqueue(json(500, geminiError(500, "INTERNAL", "An internal error has occurred.")));
    secondary.enqueue(json(200, openAiAnswer("after two failures")));
    secondary.enqueue(json(200, openAiAnswer("at once")));
    FallbackLanguageModel chain = chain();
    assertThat(chain.complete(prompt()).attempts()).isEqualTo(3); // opens the primary's breaker
    int sleepsBefore = time.sleeps().size();

    Completion completion = chain.complete(prompt());

    assertThat(completion)
        .isEqualTo(new Completion.Answer("at once", "stop", new TokenUsage(30, 5), "groq", 1));
    assertThat(primary.getRequestCount()).isEqualTo(2);
    assertThat(time.sleeps()).hasSize(sleepsBefore);
    assertThat(metrics.events)
        .containsSubsequence("circuit gemini CLOSED->OPEN", "failed gemini UNAVAILABLE");
  }

  @Test
  void a_healthy_primary_answers_and_the_secondary_is_never_called() {
    primary.enqueue(json(200, geminiAnswer("from gemini")));

    Completion completion = chain().complete(prompt());

    assertThat(completion.provider()).isEqualTo("gemini");
    assertThat(completion.attempts()).isEqualTo(1);
    assertThat(secondary.getRequestCount()).isZero();
  }

  @Test
  void a_safety_block_is_an_outcome_and_does_not_fall_over() {
    primary.enqueue(json(200, "{\"promptFeedback\":{\"blockReason\":\"PROHIBITED_CONTENT\"}}"));

    Completion completion = chain().complete(prompt());

    assertThat(completion).isInstanceOf(Completion.Blocked.class);
    assertThat(secondary.getRequestCount()).isZero();
  }

  @Test
  void when_every_provider_fails_the_chain_reports_each_reason() {
    primary.enqueue(json(403, geminiError(403, "PERMISSION_DENIED", "Permission denied.")));
    secondary.enqueue(json(503, "{\"error\":{\"message\":\"Service Unavailable\"}}"));
    secondary.enqueue(json(503, "{\"error\":{\"message\":\"Service Unavailable\"}}"));

    assertThatThrownBy(() -> chain().complete(prompt()))
        .isInstanceOfSatisfying(
            LanguageModelException.class,
            e -> {
              assertThat(e.provider()).isEqualTo(FallbackLanguageModel.CHAIN);
              assertThat(e.kind()).isEqualTo(Kind.TRANSIENT);
              assertThat(e.getMessage())
                  .startsWith("chain: no provider could answer after 3 attempt(s): ")
                  .contains("gemini: HTTP 403 PERMISSION_DENIED: Permission denied.")
                  .contains("groq: HTTP 503: Service Unavailable (after 2 attempts)");
              assertThat(e.getSuppressed()).hasSize(2);
            });
  }

  @Test
  void when_every_breaker_is_open_the_chain_is_unavailable() {
    LanguageModel open =
        request -> {
          throw new LanguageModelException(Kind.UNAVAILABLE, "a", "circuit breaker is open");
        };
    LanguageModel alsoOpen =
        request -> {
          throw new LanguageModelException(Kind.UNAVAILABLE, "b", "circuit breaker is open");
        };

    assertThatThrownBy(() -> new FallbackLanguageModel(List.of(open, alsoOpen)).complete(prompt()))
        .isInstanceOfSatisfying(
            LanguageModelException.class, e -> assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE));
  }

  @Test
  void an_interrupted_call_is_not_handed_to_the_next_provider() {
    LanguageModel interrupted =
        request -> {
          throw new LanguageModelException(Kind.INTERRUPTED, "a", "interrupted");
        };
    LanguageModel never =
        request -> {
          throw new AssertionError("the chain must stop at an interrupt");
        };

    assertThatThrownBy(
            () -> new FallbackLanguageModel(List.of(interrupted, never)).complete(prompt()))
        .isInstanceOfSatisfying(
            LanguageModelException.class, e -> assertThat(e.kind()).isEqualTo(Kind.INTERRUPTED));
  }

  @Test
  void a_chain_needs_providers_with_distinct_names() {
    assertThatThrownBy(() -> new FallbackLanguageModel(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() ->
            runtime.fallbackChain(
                List.of(
                    Fixtures.gemini(primary, GEMINI_KEY), Fixtures.gemini(primary, GEMINI_KEY))))
        .hasMessageContaining("unique")
        .hasMessageContaining("[gemini, gemini]");
  }
}
