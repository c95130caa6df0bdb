package dev.gryag.adapter.llm;

import dev.gryag.adapter.llm.OpenAiWire.EmbeddingData;
import dev.gryag.adapter.llm.OpenAiWire.EmbeddingRequest;
import dev.gryag.adapter.llm.OpenAiWire.EmbeddingResponse;
import dev.gryag.core.llm.EmbeddingModel;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import okhttp3.HttpUrl;

/**
 * An OpenAI-compatible {@code POST {base}/embeddings} endpoint (OpenAI, Mistral, Ollama, …) as an
 * {@link EmbeddingModel}, 100 texts per request, with the same resilience as the chat adapters.
 */
public final class OpenAiEmbeddingModel implements EmbeddingModel {

  private final OpenAiCompatibleConfig config;
  private final EmbeddingSpec spec;
  private final LlmRuntime runtime;
  private final ResilientCaller caller;
  private final JsonHttp http;
  private final JsonHttp.ErrorReader errors;
  private final HttpUrl url;

  public OpenAiEmbeddingModel(
      OpenAiCompatibleConfig config, EmbeddingSpec spec, LlmRuntime runtime) {
    this.config = Objects.requireNonNull(config, "config");
    this.spec = Objects.requireNonNull(spec, "spec");
    this.runtime = Objects.requireNonNull(runtime, "runtime");
    this.caller = new ResilientCaller(config.name(), config.keys(), runtime);
    this.http = new JsonHttp(runtime);
    this.errors = ErrorBodies.openAi(runtime.json(), runtime.clock());
    this.url = HttpUrl.get(config.baseUrl() + "/embeddings");
  }

  @Override
  public List<float[]> embed(List<String> texts) {
    List<String> input = EmbeddingBatches.checked(texts);
    if (input.isEmpty()) {
      return List.of();
    }
    long start = System.nanoTime();
    List<float[]> vectors = EmbeddingBatches.inBatches(input, this::embedBatch);
    runtime
        .metrics()
        .embedded(config.name(), vectors.size(), Duration.ofNanos(System.nanoTime() - start));
    return vectors;
  }

  private List<float[]> embedBatch(List<String> texts) {
    EmbeddingRequest body =
        new EmbeddingRequest(
            spec.model(), texts, "float", spec.requestDimensions() ? spec.dimensions() : null);
    return caller
        .call(key -> {
          EmbeddingResponse response =
              http.post(
                  url,
                  OpenAiCompatibleLanguageModel.headers(config, key),
                  body,
                  EmbeddingResponse.class,
                  errors);
          List<float[]> vectors =
              (response.data() == null ? List.<EmbeddingData>of() : response.data())
                  .stream()
                      .sorted(Comparator.comparingInt(EmbeddingData::index))
                      .map(EmbeddingData::embedding)
                      .toList();
          return EmbeddingBatches.verify(vectors, texts.size(), spec.dimensions());
        })
        .value();
  }

  @Override
  public int dimensions() {
    return spec.dimensions();
  }

  @Override
  public String toString() {
    return "OpenAiEmbeddingModel[" + config.name() + ", model=" + spec.model() + "]";
  }
}
