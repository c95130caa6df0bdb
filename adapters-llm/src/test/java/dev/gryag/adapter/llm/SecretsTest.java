package dev.gryag.adapter.llm;

import static dev.gryag.adapter.llm.Fixtures.GEMINI_KEY;
import static dev.gryag.adapter.llm.Fixtures.OPENAI_KEY;
import static dev.gryag.adapter.llm.Fixtures.json;
import static dev.gryag.adapter.llm.Fixtures.prompt;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import dev.gryag.core.llm.LanguageModelException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** No key or auth header may reach a log line, an exception message or a toString. */
class SecretsTest {

  private final MockWebServer server = new MockWebServer();
  private final FakeTime time = new FakeTime();
  private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
  private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  private LlmRuntime runtime;

  @BeforeEach
  void start() throws Exception {
    server.start();
    logs.start();
    root.addAppender(logs);
    runtime = Fixtures.runtime(time, LlmMetrics.NONE).build();
  }

  @AfterEach
  void stop() {
    root.detachAppender(logs);
    runtime.close();
    server.close();
  }

  @Test
  void keys_echoed_by_providers_never_reach_logs_or_exceptions() {
    // Gemini echoes the key in a rate-limit message (as a proxy might), then rejects it.
    server.enqueue(
        json(
            429,
            Fixtures.geminiError(429, "RESOURCE_EXHAUSTED", "key " + GEMINI_KEY + " is busy")));
    server.enqueue(
        json(403, Fixtures.geminiError(403, "PERMISSION_DENIED", "x-goog-api-key: " + GEMINI_KEY)));
    // OpenAI echoes the key it refused, in full here to be strict.
    server.enqueue(
        json(
            401,
            Fixtures.openAiError(
                "Incorrect API key provided: " + OPENAI_KEY,
                "invalid_request_error",
                "invalid_api_key")));
    FallbackLanguageModel chain =
        runtime.fallbackChain(
            List.of(
                Fixtures.gemini(server, GEMINI_KEY),
                Fixtures.openAi(server, "openai", OPENAI_KEY)));

    LanguageModelException failure = null;
    try {
      chain.complete(prompt());
    } catch (LanguageModelException e) {
      failure = e;
    }

    assertThat(failure).isNotNull();
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(logs.list).isNotEmpty();
    assertNoSecretIn(renderedLogs());
    assertNoSecretIn(messagesOf(failure));
    assertThat(messagesOf(failure)).contains("***");
  }

  @Test
  void configs_models_and_runtimes_print_without_keys() {
    GeminiConfig gemini = Fixtures.gemini(server, GEMINI_KEY);
    OpenAiCompatibleConfig openAi =
        Fixtures.openAi(server, "openai", OPENAI_KEY).withHeaders(Map.of("X-Title", "Gryag"));

    String printed =
        String.join(
            "\n",
            gemini.toString(),
            openAi.toString(),
            new ApiKey(GEMINI_KEY).toString(),
            gemini.keys().toString(),
            runtime.toString(),
            runtime.fallbackChain(List.of(gemini, openAi)).toString(),
            runtime.embeddingModel(gemini, GeminiConfig.DEFAULT_EMBEDDING).toString());

    assertNoSecretIn(printed);
    assertThat(printed).contains("ApiKey[***]").contains("X-Title").doesNotContain("Gryag]");
  }

  @Test
  void a_bad_key_is_refused_without_echoing_it() {
    String bad = "AIza secret with spaces";
    try {
      new ApiKey(bad);
    } catch (IllegalArgumentException e) {
      assertThat(e.getMessage()).doesNotContain("secret");
      return;
    }
    throw new AssertionError("a key with whitespace must be refused");
  }

  @Test
  void key_shaped_text_is_masked_even_when_it_is_not_a_configured_key() {
    Redactor redactor = new Redactor(List.of());

    assertThat(
            redactor.apply("Incorrect API key provided: sk-proj-abc123********************xyz9."))
        .isEqualTo("Incorrect API key provided: ***.");
    assertThat(redactor.apply("Authorization: Bearer gsk_abcdefghijklmnop")).doesNotContain("gsk_");
    assertThat(redactor.apply("key=AIzaSyA1234567890abcdefghijklmnopqrstu")).isEqualTo("key=***");
  }

  private String renderedLogs() {
    StringBuilder all = new StringBuilder();
    for (ILoggingEvent event : logs.list) {
      all.append(event.getFormattedMessage()).append('\n');
      for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
        all.append(t.getMessage()).append('\n');
      }
    }
    return all.toString();
  }

  private static String messagesOf(Throwable failure) {
    List<String> messages = new ArrayList<>();
    collect(failure, messages);
    return String.join("\n", messages);
  }

  private static void collect(Throwable t, List<String> into) {
    if (t == null) {
      return;
    }
    into.add(String.valueOf(t.getMessage()));
    into.add(t.toString());
    for (Throwable s : t.getSuppressed()) {
      collect(s, into);
    }
    collect(t.getCause(), into);
  }

  private static void assertNoSecretIn(String text) {
    assertThat(text)
        .doesNotContain(GEMINI_KEY)
        .doesNotContain(OPENAI_KEY)
        .doesNotContain(GEMINI_KEY.substring(0, 20))
        .doesNotContain(OPENAI_KEY.substring(0, 20));
  }
}
