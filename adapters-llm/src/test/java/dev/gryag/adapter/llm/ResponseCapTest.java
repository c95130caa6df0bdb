package dev.gryag.adapter.llm;

import static dev.gryag.adapter.llm.Fixtures.GEMINI_KEY;
import static dev.gryag.adapter.llm.Fixtures.OPENAI_KEY;
import static dev.gryag.adapter.llm.Fixtures.json;
import static dev.gryag.adapter.llm.Fixtures.openAiAnswer;
import static dev.gryag.adapter.llm.Fixtures.prompt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gryag.core.llm.Completion;
import dev.gryag.core.llm.LanguageModel;
import dev.gryag.core.llm.LanguageModelException;
import dev.gryag.core.llm.LanguageModelException.Kind;
import java.util.List;
import java.util.stream.IntStream;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every body the LLM adapter reads is capped at {@link HttpSettings#maxResponseBytes()}. */
class ResponseCapTest {

  private static final long CAP = Fixtures.FAST_HTTP.maxResponseBytes();

  private final MockWebServer server = new MockWebServer();
  private final FakeTime time = new FakeTime();
  private LlmRuntime runtime;

  @BeforeEach
  void start() throws Exception {
    server.start();
    runtime = Fixtures.runtime(time, new RecordingMetrics()).build();
  }

  @AfterEach
  void stop() {
    runtime.close();
    server.close();
  }

  private LanguageModel openAi() {
    return runtime.languageModel(Fixtures.openAi(server, "openai", OPENAI_KEY));
  }

  private LanguageModel gemini() {
    return runtime.languageModel(Fixtures.gemini(server, GEMINI_KEY));
  }

  private static LanguageModelException failure(LanguageModel model) {
    try {
      model.complete(prompt());
    } catch (LanguageModelException e) {
      return e;
    }
    throw new AssertionError("expected a LanguageModelException");
  }

  @Test
  void a_body_that_declares_more_than_the_cap_fails_unread_and_is_not_retried() {
    // Nothing of the body is sent: reading it would end in a read timeout (TRANSIENT, retried).
    server.enqueue(OversizeBodies.declaring(1L << 30));

    LanguageModelException e = failure(openAi());

    assertThat(e.kind()).isEqualTo(Kind.MALFORMED_RESPONSE);
    assertThat(e.getMessage())
        .isEqualTo("openai: response declares 1073741824 bytes, more than the 65536 allowed");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void a_chunked_body_that_keeps_going_fails_once_past_the_cap() {
    server.enqueue(OversizeBodies.endlessChunks());

    LanguageModelException e = failure(gemini());

    assertThat(e.kind()).isEqualTo(Kind.MALFORMED_RESPONSE);
    assertThat(e.getMessage()).isEqualTo("gemini: response is larger than 65536 bytes");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void a_gzipped_body_is_capped_at_its_inflated_size() throws Exception {
    server.enqueue(OversizeBodies.gzipBomb(32L << 20));

    LanguageModelException e = failure(openAi());

    assertThat(e.kind()).isEqualTo(Kind.MALFORMED_RESPONSE);
    assertThat(e.getMessage()).isEqualTo("openai: response is larger than 65536 bytes");
  }

  @ParameterizedTest(name = "chunked: {0}")
  @ValueSource(booleans = {false, true})
  void a_body_of_exactly_the_cap_is_read_and_one_byte_more_is_not(boolean chunked) {
    server.enqueue(OversizeBodies.paddedTo(CAP, openAiAnswer("just fits"), chunked));
    server.enqueue(OversizeBodies.paddedTo(CAP + 1, openAiAnswer("one too many"), chunked));

    assertThat(openAi().complete(prompt()))
        .isInstanceOfSatisfying(
            Completion.Answer.class, a -> assertThat(a.text()).isEqualTo("just fits"));
    assertThat(failure(openAi()).getMessage()).startsWith("openai: response ");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void an_oversize_answer_fails_over_to_the_next_provider() {
    server.enqueue(OversizeBodies.endlessChunks());
    server.enqueue(json(200, openAiAnswer("from the second")));

    Completion completion =
        runtime
            .fallbackChain(
                List.of(
                    Fixtures.gemini(server, GEMINI_KEY),
                    Fixtures.openAi(server, "openai", OPENAI_KEY)))
            .complete(prompt());

    assertThat(completion)
        .isInstanceOfSatisfying(
            Completion.Answer.class,
            a -> {
              assertThat(a.text()).isEqualTo("from the second");
              assertThat(a.provider()).isEqualTo("openai");
            });
    assertThat(completion.attempts()).isEqualTo(2);
  }

  @Test
  void embeddings_are_capped_too() {
    server.enqueue(OversizeBodies.endlessChunks());
    var model =
        runtime.embeddingModel(
            Fixtures.openAi(server, "openai", OPENAI_KEY),
            new EmbeddingSpec("text-embedding-3-small", 3, false));

    assertThatThrownBy(() -> model.embed(List.of("hello")))
        .isInstanceOfSatisfying(
            LanguageModelException.class,
            e -> assertThat(e.kind()).isEqualTo(Kind.MALFORMED_RESPONSE))
        .hasMessage("openai: response is larger than 65536 bytes");
  }

  @Test
  void the_default_cap_holds_a_full_batch_of_openais_default_embeddings_as_openai_sends_them() {
    int dimensions = OpenAiCompatiblePreset.OPENAI.defaultEmbedding().orElseThrow().dimensions();
    String body = prettyOpenAiEmbeddings(EmbeddingBatches.BATCH, dimensions);
    server.enqueue(json(200, body));
    try (LlmRuntime defaults =
        Fixtures.runtime(time, new RecordingMetrics())
            .http(
                HttpSettings.DEFAULTS.withTimeouts(
                    Fixtures.FAST_HTTP.connectTimeout(),
                    Fixtures.FAST_HTTP.readTimeout(),
                    Fixtures.FAST_HTTP.callTimeout()))
            .build()) {
      var model =
          defaults.embeddingModel(
              Fixtures.openAi(server, "openai", OPENAI_KEY),
              new EmbeddingSpec("text-embedding-3-small", dimensions, false));

      List<String> texts =
          IntStream.range(0, EmbeddingBatches.BATCH).mapToObj(i -> "text " + i).toList();
      assertThat(model.embed(texts)).hasSize(EmbeddingBatches.BATCH);
    }
    assertThat((long) body.length()).isGreaterThan(4L << 20);
  }

  /** OpenAI's embeddings answer: pretty-printed, each float32 written out as a double. */
  private static String prettyOpenAiEmbeddings(int count, int dimensions) {
    StringBuilder json = new StringBuilder("{\n  \"object\": \"list\",\n  \"data\": [\n");
    for (int i = 0; i < count; i++) {
      json.append("    {\n      \"object\": \"embedding\",\n      \"index\": ")
          .append(i)
          .append(",\n      \"embedding\": [\n");
      for (int d = 0; d < dimensions; d++) {
        float value = (float) (Math.sin(i * 7.3 + d * 0.37) * 0.05);
        json.append("        ").append((double) value).append(d + 1 < dimensions ? ",\n" : "\n");
      }
      json.append("      ]\n    }").append(i + 1 < count ? ",\n" : "\n");
    }
    return json.append(
            "  ],\n  \"model\": \"text-embedding-3-small\",\n"
                + "  \"usage\": {\n    \"prompt_tokens\": 300,\n    \"total_tokens\": 300\n  }\n}\n")
        .toString();
  }
}
