package dev.gryag.adapter.llm;

import dev.gryag.adapter.llm.GeminiWire.BatchEmbedRequest;
import dev.gryag.adapter.llm.GeminiWire.BatchEmbedResponse;
import dev.gryag.adapter.llm.GeminiWire.Content;
import dev.gryag.adapter.llm.GeminiWire.EmbedRequest;
import dev.gryag.adapter.llm.GeminiWire.EmbedResponse;
import dev.gryag.adapter.llm.GeminiWire.Part;
import dev.gryag.adapter.llm.GeminiWire.Values;
import dev.gryag.core.llm.EmbeddingModel;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import okhttp3.Headers;
import okhttp3.HttpUrl;

/**
 * Gemini embeddings as an {@link EmbeddingModel}: {@code embedContent} for one text, {@code
 * batchEmbedContents} for up to 100 at a time, with the same resilience as the chat adapters.
 */
public final class GeminiEmbeddingModel implements EmbeddingModel {

  private final GeminiConfig config;
  private final EmbeddingSpec spec;
  private final LlmRuntime runtime;
  private final ResilientCaller caller;
  private final JsonHttp http;
  private final JsonHttp.ErrorReader errors;
  private final String modelPath;
  private final HttpUrl single;
  private final HttpUrl batch;

  public GeminiEmbeddingModel(GeminiConfig config, EmbeddingSpec spec, LlmRuntime runtime) {
    this.config = Objects.requireNonNull(config, "config");
    this.spec = Objects.requireNonNull(spec, "spec");
    this.runtime = Objects.requireNonNull(runtime, "runtime");
    this.caller = new ResilientCaller(config.name(), config.keys(), runtime);
    this.http = new JsonHttp(runtime);
    this.errors = ErrorBodies.gemini(runtime.json(), runtime.clock());
    String model = spec.model().startsWith("models/") ? spec.model().substring(7) : spec.model();
    this.modelPath = "models/" + model;
    this.single = HttpUrl.get(config.baseUrl() + "/" + modelPath + ":embedContent");
    this.batch = HttpUrl.get(config.baseUrl() + "/" + modelPath + ":batchEmbedContents");
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
    return caller
        .call(key ->
            EmbeddingBatches.verify(
                fetch(texts, GeminiLanguageModel.headers(key)), texts.size(), spec.dimensions()))
        .value();
  }

  private List<float[]> fetch(List<String> texts, Headers headers) {
    if (texts.size() == 1) {
      EmbedResponse one =
          http.post(single, headers, request(texts.getFirst()), EmbedResponse.class, errors);
      return Collections.singletonList(valuesOf(one.embedding()));
    }
    BatchEmbedRequest body = new BatchEmbedRequest(texts.stream().map(this::request).toList());
    BatchEmbedResponse many = http.post(batch, headers, body, BatchEmbedResponse.class, errors);
    List<Values> embeddings = many.embeddings() == null ? List.of() : many.embeddings();
    return embeddings.stream().map(GeminiEmbeddingModel::valuesOf).toList();
  }

  private EmbedRequest request(String text) {
    return new EmbedRequest(
        modelPath,
        new Content(null, List.of(Part.text(text))),
        spec.requestDimensions() ? spec.dimensions() : null);
  }

  private static float[] valuesOf(Values values) {
    return values == null ? null : values.values();
  }

  @Override
  public int dimensions() {
    return spec.dimensions();
  }

  @Override
  public String toString() {
    return "GeminiEmbeddingModel[" + config.name() + ", model=" + spec.model() + "]";
  }
}
