package dev.gryag.adapter.llm;

import static dev.gryag.adapter.llm.Fixtures.GEMINI_KEY;
import static dev.gryag.adapter.llm.Fixtures.geminiAnswer;
import static dev.gryag.adapter.llm.Fixtures.geminiError;
import static dev.gryag.adapter.llm.Fixtures.json;
import static dev.gryag.adapter.llm.Fixtures.prompt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gryag.core.llm.ChatRequest;
import dev.gryag.core.llm.Completion;
import dev.gryag.core.llm.LanguageModelException;
import dev.gryag.core.llm.LanguageModelException.Kind;
import dev.gryag.core.llm.TokenUsage;
import dev.gryag.core.llm.Turn;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GeminiLanguageModelTest {

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

  private GeminiLanguageModel model() {
    return new GeminiLanguageModel(Fixtures.gemini(server, GEMINI_KEY), runtime);
  }

  @Test
  void sends_the_documented_request_with_the_key_in_a_header_only() throws Exception {
    server.enqueue(json(200, geminiAnswer("Why did the bot cross the road?")));
    GeminiConfig config =
        Fixtures.gemini(server, GEMINI_KEY)
            .withSafetySettings(Map.of("HARM_CATEGORY_HARASSMENT", "BLOCK_ONLY_HIGH"));

    new GeminiLanguageModel(config, runtime).complete(prompt());

    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getUrl().encodedPath())
        .isEqualTo("/v1beta/models/gemini-2.5-flash:generateContent");
    assertThat(request.getUrl().query()).isNull();
    assertThat(request.getHeaders().get("x-goog-api-key")).isEqualTo(GEMINI_KEY);
    JsonNode body = new ObjectMapper().readTree(request.getBody().utf8());
    assertThat(body.at("/systemInstruction/parts/0/text").asText())
        .isEqualTo("You are Gryag, a grumpy bot.");
    // Alice and Bob speak in a row: one user content with two parts, each sent as core rendered it.
    assertThat(body.at("/contents").size()).isEqualTo(3);
    assertThat(body.at("/contents/0/role").asText()).isEqualTo("user");
    assertThat(body.at("/contents/0/parts/0/text").asText()).isEqualTo("<q from=\"Alice\">hi</q>");
    assertThat(body.at("/contents/0/parts/1/text").asText()).isEqualTo("<q from=\"Bob\">hello</q>");
    assertThat(body.at("/contents/1/role").asText()).isEqualTo("model");
    assertThat(body.at("/contents/1/parts/0/text").asText()).isEqualTo("What do you want?");
    assertThat(body.at("/contents/2/parts/0/text").asText())
        .isEqualTo("<q from=\"Alice\">a joke</q>");
    assertThat(body.at("/generationConfig/temperature").asDouble()).isEqualTo(0.7);
    assertThat(body.at("/generationConfig/maxOutputTokens").asInt()).isEqualTo(256);
    assertThat(body.at("/generationConfig/topP").asDouble()).isEqualTo(0.9);
    assertThat(body.at("/safetySettings/0/category").asText())
        .isEqualTo("HARM_CATEGORY_HARASSMENT");
    assertThat(body.at("/safetySettings/0/threshold").asText()).isEqualTo("BLOCK_ONLY_HIGH");
  }

  @Test
  void leaves_out_what_the_request_does_not_set() throws Exception {
    server.enqueue(json(200, geminiAnswer("ok")));

    model().complete(ChatRequest.of("", List.of(Turn.user("", "ping"))));

    JsonNode body = new ObjectMapper().readTree(server.takeRequest().getBody().utf8());
    assertThat(body.has("systemInstruction")).isFalse();
    assertThat(body.has("generationConfig")).isFalse();
    assertThat(body.has("safetySettings")).isFalse();
    assertThat(body.at("/contents/0/parts/0/text").asText()).isEqualTo("ping");
  }

  @Test
  void an_answer_carries_text_finish_reason_usage_provider_and_attempts() {
    server.enqueue(json(200, geminiAnswer("Because it was programmed to.")));

    Completion completion = model().complete(prompt());

    assertThat(completion)
        .isEqualTo(
            new Completion.Answer(
                "Because it was programmed to.", "stop", new TokenUsage(42, 7), "gemini", 1));
    assertThat(metrics.events).containsExactly("completed gemini Answer tokens=49");
  }

  @Test
  void thinking_parts_are_not_part_of_the_answer_but_their_tokens_count() {
    server.enqueue(
        json(
            200,
            """
            {"candidates":[{"content":{"role":"model","parts":[
               {"text":"Let me think about jokes...","thought":true},
               {"text":"Here is one."}]},"finishReason":"STOP"}],
             "usageMetadata":{"promptTokenCount":10,"candidatesTokenCount":4,"thoughtsTokenCount":20}}
            """));

    Completion completion = model().complete(prompt());

    assertThat(completion).isInstanceOf(Completion.Answer.class);
    assertThat(((Completion.Answer) completion).text()).isEqualTo("Here is one.");
    assertThat(((Completion.Answer) completion).usage()).isEqualTo(new TokenUsage(10, 24));
  }

  @Test
  void a_blocked_prompt_is_a_blocked_outcome() {
    server.enqueue(
        json(
            200,
            """
            {"promptFeedback":{"blockReason":"SAFETY","safetyRatings":[
               {"category":"HARM_CATEGORY_HARASSMENT","probability":"HIGH","blocked":true}]},
             "usageMetadata":{"promptTokenCount":12,"totalTokenCount":12},
             "modelVersion":"gemini-2.5-flash"}
            """));

    Completion completion = model().complete(prompt());

    assertThat(completion)
        .isEqualTo(new Completion.Blocked("SAFETY", new TokenUsage(12, 0), "gemini", 1));
  }

  @Test
  void a_candidate_stopped_for_safety_is_a_blocked_outcome() {
    server.enqueue(
        json(
            200,
            """
            {"candidates":[{"finishReason":"SAFETY","index":0,"safetyRatings":[
               {"category":"HARM_CATEGORY_HATE_SPEECH","probability":"MEDIUM","blocked":true}]}],
             "usageMetadata":{"promptTokenCount":12,"totalTokenCount":12}}
            """));

    assertThat(model().complete(prompt()))
        .isInstanceOfSatisfying(
            Completion.Blocked.class, b -> assertThat(b.reason()).isEqualTo("SAFETY"));
  }

  @Test
  void a_candidate_without_text_is_an_empty_outcome() {
    server.enqueue(
        json(
            200,
            """
            {"candidates":[{"content":{"role":"model"},"finishReason":"MAX_TOKENS","index":0}],
             "usageMetadata":{"promptTokenCount":12,"totalTokenCount":268,"thoughtsTokenCount":256}}
            """));

    assertThat(model().complete(prompt()))
        .isEqualTo(new Completion.Empty("max_tokens", new TokenUsage(12, 256), "gemini", 1));
  }

  @Test
  void no_candidates_and_no_block_reason_is_an_empty_outcome() {
    server.enqueue(json(200, "{\"usageMetadata\":{\"promptTokenCount\":3}}"));

    assertThat(model().complete(prompt()))
        .isInstanceOfSatisfying(
            Completion.Empty.class, e -> assertThat(e.finishReason()).isEqualTo("no_candidates"));
  }

  @Test
  void resource_exhausted_with_retry_info_waits_the_given_delay_then_answers() throws Exception {
    server.enqueue(json(429, geminiQuotaError("7s", "Please retry in 7.434392449s.")));
    server.enqueue(json(200, geminiAnswer("finally")));

    Completion completion = model().complete(prompt());

    assertThat(completion.attempts()).isEqualTo(2);
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(7));
    assertThat(metrics.events)
        .containsExactly("retrying gemini TRANSIENT after 1", "completed gemini Answer tokens=49");
  }

  @Test
  void the_message_hint_is_used_when_retry_info_is_missing() {
    server.enqueue(
        json(
            429,
            geminiError(
                429,
                "RESOURCE_EXHAUSTED",
                "Quota exceeded for metric: generate_content_free_tier_requests. Please retry in 2.5s.")));
    server.enqueue(json(200, geminiAnswer("ok")));

    model().complete(prompt());

    assertThat(time.sleeps()).containsExactly(Duration.ofMillis(2500));
  }

  @Test
  void a_retry_delay_beyond_the_cap_fails_over_at_once_instead_of_waiting() {
    server.enqueue(json(429, geminiQuotaError("3600s", "Please retry in 3600s.")));

    assertThatThrownBy(() -> model().complete(prompt()))
        .isInstanceOfSatisfying(
            LanguageModelException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(Kind.TRANSIENT);
              assertThat(e.getMessage()).startsWith("gemini: HTTP 429 RESOURCE_EXHAUSTED");
            });
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(time.sleeps()).isEmpty();
  }

  @Test
  void an_invalid_key_answered_with_400_is_an_authentication_failure_without_retry() {
    server.enqueue(
        json(
            400,
            """
            {"error":{"code":400,"message":"API key not valid. Please pass a valid API key.",
              "status":"INVALID_ARGUMENT","details":[
               {"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"API_KEY_INVALID",
                "domain":"googleapis.com","metadata":{"service":"generativelanguage.googleapis.com"}},
               {"@type":"type.googleapis.com/google.rpc.LocalizedMessage","locale":"en-US",
                "message":"API key not valid. Please pass a valid API key."}]}}
            """));

    assertThatThrownBy(() -> model().complete(prompt()))
        .isInstanceOfSatisfying(
            LanguageModelException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(Kind.AUTHENTICATION);
              assertThat(e.provider()).isEqualTo("gemini");
              assertThat(e.getMessage())
                  .contains("HTTP 400 INVALID_ARGUMENT: API key not valid")
                  .contains("check the provider's API key");
            });
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void an_unknown_model_is_rejected_without_retry() {
    server.enqueue(
        json(
            404,
            geminiError(
                404,
                "NOT_FOUND",
                "models/gemini-9 is not found for API version v1beta, or is not supported")));

    assertThatThrownBy(() -> model().complete(prompt()))
        .isInstanceOfSatisfying(
            LanguageModelException.class, e -> assertThat(e.kind()).isEqualTo(Kind.REJECTED));
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void overloaded_then_answering_is_retried_with_backoff() {
    server.enqueue(json(503, geminiError(503, "UNAVAILABLE", "The model is overloaded.")));
    server.enqueue(json(200, geminiAnswer("ok")));

    Completion completion = model().complete(prompt());

    assertThat(completion.attempts()).isEqualTo(2);
    // First backoff: 500 ms with ±50 % jitter.
    assertThat(time.sleeps()).hasSize(1);
    assertThat(time.sleeps().getFirst()).isBetween(Duration.ofMillis(250), Duration.ofMillis(750));
  }

  static String geminiQuotaError(String retryDelay, String message) {
    return """
    {"error":{"code":429,"message":"You exceeded your current quota. %s",
      "status":"RESOURCE_EXHAUSTED","details":[
       {"@type":"type.googleapis.com/google.rpc.QuotaFailure","violations":[
         {"quotaMetric":"generativelanguage.googleapis.com/generate_content_free_tier_requests",
          "quotaId":"GenerateRequestsPerMinutePerProjectPerModel-FreeTier",
          "quotaDimensions":{"location":"global","model":"gemini-2.5-flash"},"quotaValue":"10"}]},
       {"@type":"type.googleapis.com/google.rpc.Help","links":[
         {"description":"Learn more about Gemini API quotas",
          "url":"https://ai.google.dev/gemini-api/docs/rate-limits"}]},
       {"@type":"type.googleapis.com/google.rpc.RetryInfo","retryDelay":"%s"}]}}
    """
        .formatted(message, retryDelay);
  }
}
