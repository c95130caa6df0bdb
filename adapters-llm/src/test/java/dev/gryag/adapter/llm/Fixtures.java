package dev.gryag.adapter.llm;

import dev.gryag.core.llm.ChatRequest;
import dev.gryag.core.llm.DataFence;
import dev.gryag.core.llm.GenerationSettings;
import dev.gryag.core.llm.Turn;
import java.time.Duration;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.Headers;

/** Small factories for the tests: runtimes on fake time, prompts, and real-shaped replies. */
final class Fixtures {

  static final String GEMINI_KEY = "AIzaSyTEST-gemini-key-0123456789abcdefghi";
  static final String GEMINI_KEY_2 = "AIzaSyTEST-second-key-9876543210zyxwvuts";
  static final String OPENAI_KEY = "sk-test-openai-key-0123456789ABCDEFGHIJ";

  /** Short timeouts so a stalled response fails fast; waits go to {@code time}. */
  static final HttpSettings FAST_HTTP =
      new HttpSettings(
          Duration.ofSeconds(2), Duration.ofMillis(300), Duration.ofSeconds(5), 64 * 1024);

  private Fixtures() {}

  static LlmRuntime.Builder runtime(FakeTime time, LlmMetrics metrics) {
    return LlmRuntime.builder().http(FAST_HTTP).clock(time).sleeper(time).metrics(metrics);
  }

  static String base(MockWebServer server, String path) {
    String url = server.url(path).toString();
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  static GeminiConfig gemini(MockWebServer server, String... keys) {
    return GeminiConfig.of(List.of(keys).stream().map(ApiKey::new).toList())
        .withBaseUrl(base(server, "/v1beta"));
  }

  static OpenAiCompatibleConfig openAi(MockWebServer server, String name, String... keys) {
    return OpenAiCompatibleConfig.of(
            OpenAiCompatiblePreset.OPENAI, List.of(keys).stream().map(ApiKey::new).toList())
        .withBaseUrl(base(server, "/v1"))
        .withName(name);
  }

  static ChatRequest prompt() {
    return new ChatRequest(
        "You are Gryag, a grumpy bot.",
        List.of(
            member("Alice", "hi"),
            member("Bob", "hello"),
            Turn.model("What do you want?"),
            member("Alice", "a joke")),
        new GenerationSettings(0.7, 256, 0.9));
  }

  /** A member's turn as core's prompt renders it: fenced as quoted data, named by its author. */
  static Turn member(String name, String text) {
    return Turn.user(name, DataFence.quote(text, DataFence.attribute("from", name)));
  }

  static MockResponse json(int code, String body) {
    return new MockResponse(code, Headers.of("Content-Type", "application/json"), body);
  }

  static MockResponse json(int code, String body, String header, String value) {
    return new MockResponse(
        code, Headers.of("Content-Type", "application/json", header, value), body);
  }

  static String geminiAnswer(String text) {
    return """
    {"candidates":[{"content":{"parts":[{"text":"%s"}],"role":"model"},
      "finishReason":"STOP","index":0,
      "safetyRatings":[{"category":"HARM_CATEGORY_HARASSMENT","probability":"NEGLIGIBLE"}]}],
     "usageMetadata":{"promptTokenCount":42,"candidatesTokenCount":7,"totalTokenCount":49},
     "modelVersion":"gemini-2.5-flash","responseId":"abc123"}
    """
        .formatted(text);
  }

  static String openAiAnswer(String text) {
    return """
    {"id":"chatcmpl-123","object":"chat.completion","created":1741000000,"model":"gpt-4.1-mini",
     "choices":[{"index":0,"message":{"role":"assistant","content":"%s","refusal":null},
       "logprobs":null,"finish_reason":"stop"}],
     "usage":{"prompt_tokens":30,"completion_tokens":5,"total_tokens":35}}
    """
        .formatted(text);
  }

  static String geminiError(int code, String status, String message) {
    return """
    {"error":{"code":%d,"message":"%s","status":"%s"}}
    """
        .formatted(code, message, status);
  }

  static String openAiError(String message, String type, String code) {
    return """
    {"error":{"message":"%s","type":"%s","param":null,"code":"%s"}}
    """
        .formatted(message, type, code);
  }
}
