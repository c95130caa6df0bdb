package dev.gryag.adapter.llm;

import static dev.gryag.adapter.llm.Fixtures.OPENAI_KEY;
import static dev.gryag.adapter.llm.Fixtures.json;
import static dev.gryag.adapter.llm.Fixtures.openAiAnswer;
import static dev.gryag.adapter.llm.Fixtures.openAiError;
import static dev.gryag.adapter.llm.Fixtures.prompt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gryag.core.llm.Completion;
import dev.gryag.core.llm.LanguageModelException;
import dev.gryag.core.llm.LanguageModelException.Kind;
import dev.gryag.core.llm.TokenUsage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OpenAiCompatibleLanguageModelTest {

  private final MockWebServer server = new MockWebServer();
  private final FakeTime time = new FakeTime();
  private final RecordingMetrics metrics = new RecordingMetrics();
  private LlmRuntime runtime;

  @BeforeEach
  void start() throws Exception {
    server.start();
    runtime = Fixtures.runtime(time, metrics).build();
  }

  @AfterEach
  void stop() {
    runtime.close();
    server.close();
  }

  private OpenAiCompatibleLanguageModel model() {
    return new OpenAiCompatibleLanguageModel(
        Fixtures.openAi(server, "openai", OPENAI_KEY), runtime);
  }

  private LanguageModelException failure() {
    try {
      model().complete(prompt());
    } catch (LanguageModelException e) {
      return e;
    }
    throw new AssertionError("expected a LanguageModelException");
  }

  @Test
  void sends_messages_with_roles_names_and_settings_and_a_bearer_key() throws Exception {
    server.enqueue(json(200, openAiAnswer("Knock knock.")));

    model().complete(prompt());

    RecordedRequest request = server.takeRequest();
    assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/chat/completions");
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + OPENAI_KEY);
    JsonNode body = new ObjectMapper().readTree(request.getBody().utf8());
    assertThat(body.get("model").asText()).isEqualTo("gpt-4.1-mini");
    JsonNode messages = body.get("messages");
    assertThat(messages.size()).isEqualTo(5);
    assertThat(messages.get(0).get("role").asText()).isEqualTo("system");
    assertThat(messages.get(1).get("role").asText()).isEqualTo("user");
    assertThat(messages.get(1).get("content").asText()).isEqualTo("<q from=\"Alice\">hi</q>");
    assertThat(messages.get(1).get("name").asText()).isEqualTo("Alice");
    assertThat(messages.get(3).get("role").asText()).isEqualTo("assistant");
    assertThat(messages.get(3).has("name")).isFalse();
    assertThat(body.get("temperature").asDouble()).isEqualTo(0.7);
    assertThat(body.get("max_completion_tokens").asInt()).isEqualTo(256);
    assertThat(body.get("top_p").asDouble()).isEqualTo(0.9);
  }

  @Test
  void names_outside_the_allowed_pattern_are_cleaned_or_left_to_the_text() {
    assertThat(OpenAiMapper.nameField("Mary Ann")).isEqualTo("Mary_Ann");
    assertThat(OpenAiMapper.nameField("Олександр")).isNull();
    assertThat(OpenAiMapper.nameField("x".repeat(80))).hasSize(64);
  }

  @Test
  void a_keyless_local_server_gets_no_authorization_and_its_own_max_tokens_field()
      throws Exception {
    server.enqueue(json(200, openAiAnswer("hi")));
    OpenAiCompatibleConfig ollama =
        OpenAiCompatibleConfig.of(OpenAiCompatiblePreset.OLLAMA, List.of())
            .withBaseUrl(Fixtures.base(server, "/v1"))
            .withHeaders(Map.of("X-Title", "Gryag"));

    Completion completion = new OpenAiCompatibleLanguageModel(ollama, runtime).complete(prompt());

    RecordedRequest request = server.takeRequest();
    assertThat(request.getHeaders().get("Authorization")).isNull();
    assertThat(request.getHeaders().get("X-Title")).isEqualTo("Gryag");
    JsonNode body = new ObjectMapper().readTree(request.getBody().utf8());
    assertThat(body.get("max_tokens").asInt()).isEqualTo(256);
    assertThat(body.at("/messages/1").has("name")).isFalse();
    assertThat(completion.provider()).isEqualTo("ollama");
  }

  @Test
  void an_answer_carries_text_finish_reason_usage_and_provider() {
    server.enqueue(json(200, openAiAnswer("Knock knock.")));

    assertThat(model().complete(prompt()))
        .isEqualTo(
            new Completion.Answer("Knock knock.", "stop", new TokenUsage(30, 5), "openai", 1));
  }

  @Test
  void a_length_stop_is_reported_as_max_tokens() {
    server.enqueue(
        json(
            200,
            """
            {"choices":[{"index":0,"message":{"role":"assistant","content":"Once upon a"},
              "finish_reason":"length"}],"usage":{"prompt_tokens":3,"completion_tokens":3}}
            """));

    assertThat(model().complete(prompt()))
        .isInstanceOfSatisfying(
            Completion.Answer.class, a -> assertThat(a.finishReason()).isEqualTo("max_tokens"));
  }

  @Test
  void a_content_filter_stop_or_a_refusal_is_a_blocked_outcome() {
    server.enqueue(
        json(
            200,
            """
            {"choices":[{"index":0,"message":{"role":"assistant","content":null},
              "finish_reason":"content_filter"}]}
            """));
    server.enqueue(
        json(
            200,
            """
            {"choices":[{"index":0,"message":{"role":"assistant","content":null,
              "refusal":"I can't help with that."},"finish_reason":"stop"}]}
            """));

    assertThat(model().complete(prompt()))
        .isInstanceOfSatisfying(
            Completion.Blocked.class, b -> assertThat(b.reason()).isEqualTo("CONTENT_FILTER"));
    assertThat(model().complete(prompt()))
        .isInstanceOfSatisfying(
            Completion.Blocked.class, b -> assertThat(b.reason()).isEqualTo("REFUSAL"));
  }

  @Test
  void blank_content_or_no_choices_is_an_empty_outcome() {
    server.enqueue(
        json(
            200,
            """
            {"choices":[{"index":0,"message":{"role":"assistant","content":"  "},
              "finish_reason":"stop"}]}
            """));
    server.enqueue(json(200, "{\"choices\":[]}"));

    assertThat(model().complete(prompt())).isInstanceOf(Completion.Empty.class);
    assertThat(model().complete(prompt()))
        .isInstanceOfSatisfying(
            Completion.Empty.class, e -> assertThat(e.finishReason()).isEqualTo("no_choices"));
  }

  @Test
  void unauthorized_is_not_retried_and_says_so_clearly_without_the_key() {
    server.enqueue(
        json(
            401,
            openAiError(
                "Incorrect API key provided: "
                    + OPENAI_KEY
                    + ". You can find your API key at"
                    + " https://platform.openai.com/account/api-keys.",
                "invalid_request_error",
                "invalid_api_key")));

    LanguageModelException e = failure();

    assertThat(e.kind()).isEqualTo(Kind.AUTHENTICATION);
    assertThat(e.retryable()).isFalse();
    assertThat(e.getMessage())
        .startsWith("openai: HTTP 401 invalid_api_key: Incorrect API key provided: ***")
        .endsWith("check the provider's API key")
        .doesNotContain(OPENAI_KEY);
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(metrics.events).containsExactly("failed openai AUTHENTICATION");
  }

  @Test
  void too_many_requests_with_retry_after_seconds_waits_that_long() {
    server.enqueue(
        json(
            429,
            openAiError("Rate limit reached for requests", "requests", "rate_limit_exceeded"),
            "Retry-After",
            "3"));
    server.enqueue(json(200, openAiAnswer("ok")));

    Completion completion = model().complete(prompt());

    assertThat(completion.attempts()).isEqualTo(2);
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(3));
  }

  @Test
  void too_many_requests_with_retry_after_date_waits_until_then() {
    // FakeTime starts at 2025-03-01T12:00:00Z, a Saturday.
    server.enqueue(
        json(
            429,
            openAiError("Rate limit reached", "requests", "rate_limit_exceeded"),
            "Retry-After",
            "Sat, 01 Mar 2025 12:00:05 GMT"));
    server.enqueue(json(200, openAiAnswer("ok")));

    model().complete(prompt());

    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(5));
  }

  @Test
  void a_try_again_hint_in_the_message_is_honoured() {
    server.enqueue(
        json(
            429,
            openAiError(
                "Rate limit reached for model `llama-3.3-70b-versatile` in organization `org_1` on"
                    + " tokens per minute (TPM): Limit 6000, Used 5991, Requested 183. Please try"
                    + " again in 1.74s. Visit https://console.groq.com/docs/rate-limits for more"
                    + " information.",
                "tokens",
                "rate_limit_exceeded")));
    server.enqueue(json(200, openAiAnswer("ok")));

    model().complete(prompt());

    assertThat(time.sleeps()).containsExactly(Duration.ofMillis(1740));
  }

  @Test
  void a_spent_quota_is_not_retried() {
    server.enqueue(
        json(
            429,
            openAiError(
                "You exceeded your current quota, please check your plan and billing details.",
                "insufficient_quota",
                "insufficient_quota")));

    LanguageModelException e = failure();

    assertThat(e.kind()).isEqualTo(Kind.TRANSIENT);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void a_server_error_then_success_is_retried_after_backoff() {
    server.enqueue(json(500, openAiError("The server had an error", "server_error", "null")));
    server.enqueue(json(200, openAiAnswer("ok")));

    Completion completion = model().complete(prompt());

    assertThat(completion.attempts()).isEqualTo(2);
    assertThat(time.sleeps()).hasSize(1);
  }

  @Test
  void persistent_server_errors_give_up_after_the_configured_attempts_with_growing_waits() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(json(502, "<html><body>Bad Gateway</body></html>"));
    }

    LanguageModelException e = failure();

    assertThat(e.kind()).isEqualTo(Kind.TRANSIENT);
    assertThat(e.getMessage())
        .isEqualTo("openai: HTTP 502: <html><body>Bad Gateway</body></html> (after 3 attempts)");
    assertThat(server.getRequestCount()).isEqualTo(3);
    List<Duration> sleeps = time.sleeps();
    assertThat(sleeps).hasSize(2);
    assertThat(sleeps.get(0)).isBetween(Duration.ofMillis(250), Duration.ofMillis(750));
    assertThat(sleeps.get(1)).isBetween(Duration.ofMillis(500), Duration.ofMillis(1500));
  }

  @Test
  void a_body_that_is_not_json_is_a_malformed_response_naming_the_provider() {
    server.enqueue(json(200, "<html>maintenance</html>"));

    LanguageModelException e = failure();

    assertThat(e.kind()).isEqualTo(Kind.MALFORMED_RESPONSE);
    assertThat(e.getMessage()).startsWith("openai: response is not the expected JSON");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void truncated_json_is_a_malformed_response() {
    server.enqueue(json(200, "{\"choices\":[{\"index\":0,\"message\":{\"role\":\"assis"));

    LanguageModelException e = failure();

    assertThat(e.kind()).isEqualTo(Kind.MALFORMED_RESPONSE);
    assertThat(e.getMessage()).contains("at line 1");
  }

  @Test
  void a_field_of_the_wrong_type_is_a_malformed_response() {
    server.enqueue(json(200, "{\"choices\":\"none\"}"));

    assertThat(failure().kind()).isEqualTo(Kind.MALFORMED_RESPONSE);
  }

  @Test
  void a_connection_cut_mid_body_is_a_network_error_and_retried() {
    server.enqueue(
        json(200, openAiAnswer("cut".repeat(2000)))
            .newBuilder()
            .onResponseBody(mockwebserver3.SocketEffect.ShutdownConnection.INSTANCE)
            .build());
    server.enqueue(json(200, openAiAnswer("whole")));

    Completion completion = model().complete(prompt());

    assertThat(completion)
        .isInstanceOfSatisfying(
            Completion.Answer.class, a -> assertThat(a.text()).isEqualTo("whole"));
    assertThat(completion.attempts()).isEqualTo(2);
  }

  @Test
  void a_read_timeout_is_retried() {
    server.enqueue(
        json(200, openAiAnswer("late"))
            .newBuilder()
            .onResponseStart(mockwebserver3.SocketEffect.Stall.INSTANCE)
            .build());
    server.enqueue(json(200, openAiAnswer("on time")));

    Completion completion = model().complete(prompt());

    assertThat(completion)
        .isInstanceOfSatisfying(
            Completion.Answer.class, a -> assertThat(a.text()).isEqualTo("on time"));
    assertThat(metrics.events).first().isEqualTo("retrying openai TRANSIENT after 1");
  }

  @Test
  void other_error_body_shapes_still_give_a_readable_message() {
    server.enqueue(json(422, "{\"detail\":\"max_tokens must be at least 1\"}"));

    assertThatThrownBy(() -> model().complete(prompt()))
        .hasMessage("openai: HTTP 422: max_tokens must be at least 1")
        .isInstanceOfSatisfying(
            LanguageModelException.class, e -> assertThat(e.kind()).isEqualTo(Kind.REJECTED));
  }
}
