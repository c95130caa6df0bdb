package dev.gryag.adapter.llm;

import static dev.gryag.adapter.llm.Fixtures.GEMINI_KEY;
import static dev.gryag.adapter.llm.Fixtures.OPENAI_KEY;
import static dev.gryag.adapter.llm.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gryag.core.llm.EmbeddingModel;
import dev.gryag.core.llm.LanguageModelException;
import dev.gryag.core.llm.LanguageModelException.Kind;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EmbeddingModelTest {

  private static final EmbeddingSpec THREE = new EmbeddingSpec("gemini-embedding-001", 3, true);

  private final MockWebServer server = new MockWebServer();
  private final FakeTime time = new FakeTime();
  private final RecordingMetrics metrics = new RecordingMetrics();
  private final ObjectMapper json = new ObjectMapper();
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

  private EmbeddingModel gemini() {
    return runtime.embeddingModel(Fixtures.gemini(server, GEMINI_KEY), THREE);
  }

  private static String values(int n, float first) {
    return IntStream.range(0, n)
        .mapToObj(i -> Float.toString(first + i))
        .collect(Collectors.joining(",", "[", "]"));
  }

  @Test
  void gemini_embeds_one_text_with_embed_content() throws Exception {
    server.enqueue(json(200, "{\"embedding\":{\"values\":" + values(3, 0.5f) + "}}"));

    List<float[]> vectors = gemini().embed(List.of("hello"));

    assertThat(vectors).hasSize(1);
    assertThat(vectors.getFirst()).containsExactly(0.5f, 1.5f, 2.5f);
    RecordedRequest request = server.takeRequest();
    assertThat(request.getUrl().encodedPath())
        .isEqualTo("/v1beta/models/gemini-embedding-001:embedContent");
    assertThat(request.getHeaders().get("x-goog-api-key")).isEqualTo(GEMINI_KEY);
    JsonNode body = json.readTree(request.getBody().utf8());
    assertThat(body.get("model").asText()).isEqualTo("models/gemini-embedding-001");
    assertThat(body.at("/content/parts/0/text").asText()).isEqualTo("hello");
    assertThat(body.get("outputDimensionality").asInt()).isEqualTo(3);
    assertThat(metrics.events).containsExactly("embedded gemini 1");
  }

  @Test
  void gemini_embeds_many_texts_in_batches_of_one_hundred_in_order() throws Exception {
    List<String> texts = IntStream.range(0, 150).mapToObj(i -> "text " + i).toList();
    server.enqueue(json(200, batch(100, 0)));
    server.enqueue(json(200, batch(50, 100)));

    List<float[]> vectors = gemini().embed(texts);

    assertThat(vectors).hasSize(150);
    assertThat(vectors.get(0)[0]).isEqualTo(0f);
    assertThat(vectors.get(149)[0]).isEqualTo(149f);
    RecordedRequest first = server.takeRequest();
    assertThat(first.getUrl().encodedPath())
        .isEqualTo("/v1beta/models/gemini-embedding-001:batchEmbedContents");
    JsonNode body = json.readTree(first.getBody().utf8());
    assertThat(body.get("requests").size()).isEqualTo(100);
    assertThat(body.at("/requests/7/content/parts/0/text").asText()).isEqualTo("text 7");
    assertThat(body.at("/requests/7/model").asText()).isEqualTo("models/gemini-embedding-001");
    assertThat(json.readTree(server.takeRequest().getBody().utf8()).get("requests").size())
        .isEqualTo(50);
  }

  private static String batch(int n, int offset) {
    return IntStream.range(0, n)
        .mapToObj(i -> "{\"values\":" + values(3, offset + i) + "}")
        .collect(Collectors.joining(",", "{\"embeddings\":[", "]}"));
  }

  @Test
  void vectors_of_the_wrong_length_are_a_malformed_response() {
    server.enqueue(json(200, "{\"embedding\":{\"values\":" + values(5, 0f) + "}}"));

    assertThatThrownBy(() -> gemini().embed(List.of("hello")))
        .isInstanceOfSatisfying(
            LanguageModelException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(Kind.MALFORMED_RESPONSE);
              assertThat(e.getMessage())
                  .isEqualTo("gemini: embedding 0 has 5 dimensions, expected 3");
            });
  }

  @Test
  void an_empty_input_makes_no_call() {
    assertThat(gemini().embed(List.of())).isEmpty();
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void embedding_calls_are_retried_like_chat_calls() {
    server.enqueue(json(503, Fixtures.geminiError(503, "UNAVAILABLE", "overloaded")));
    server.enqueue(json(200, "{\"embedding\":{\"values\":" + values(3, 0f) + "}}"));

    assertThat(gemini().embed(List.of("hello"))).hasSize(1);
    assertThat(time.sleeps()).hasSize(1);
  }

  @Test
  void openai_embeddings_come_back_in_input_order_whatever_order_the_data_has() throws Exception {
    server.enqueue(
        json(
            200,
            """
            {"object":"list","data":[
              {"object":"embedding","index":1,"embedding":[1.0,1.1]},
              {"object":"embedding","index":0,"embedding":[0.0,0.1]}],
             "model":"text-embedding-3-small","usage":{"prompt_tokens":4,"total_tokens":4}}
            """));
    EmbeddingModel model =
        runtime.embeddingModel(
            Fixtures.openAi(server, "openai", OPENAI_KEY),
            new EmbeddingSpec("text-embedding-3-small", 2, true));

    List<float[]> vectors = model.embed(List.of("first", "second"));

    assertThat(vectors.get(0)).containsExactly(0.0f, 0.1f);
    assertThat(vectors.get(1)).containsExactly(1.0f, 1.1f);
    assertThat(model.dimensions()).isEqualTo(2);
    RecordedRequest request = server.takeRequest();
    assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/embeddings");
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + OPENAI_KEY);
    JsonNode body = json.readTree(request.getBody().utf8());
    assertThat(body.get("model").asText()).isEqualTo("text-embedding-3-small");
    assertThat(body.get("input").get(1).asText()).isEqualTo("second");
    assertThat(body.get("encoding_format").asText()).isEqualTo("float");
    assertThat(body.get("dimensions").asInt()).isEqualTo(2);
  }

  @Test
  void openai_embeddings_with_a_missing_vector_are_a_malformed_response() {
    server.enqueue(json(200, "{\"data\":[{\"index\":0,\"embedding\":[0.0,0.1]}]}"));
    EmbeddingModel model =
        runtime.embeddingModel(
            Fixtures.openAi(server, "openai", OPENAI_KEY),
            new EmbeddingSpec("text-embedding-3-small", 2, false));

    assertThatThrownBy(() -> model.embed(List.of("first", "second")))
        .hasMessage("openai: expected 2 embeddings, got 1");
  }

  @Test
  void null_texts_are_refused_before_any_call() {
    assertThatThrownBy(() -> gemini().embed(java.util.Arrays.asList("a", null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("texts[1] is null");
  }
}
