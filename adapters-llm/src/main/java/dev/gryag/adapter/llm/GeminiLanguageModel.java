package dev.gryag.adapter.llm;

import dev.gryag.adapter.llm.GeminiWire.GenerateRequest;
import dev.gryag.adapter.llm.GeminiWire.GenerateResponse;
import dev.gryag.core.llm.ChatRequest;
import dev.gryag.core.llm.Completion;
import dev.gryag.core.llm.LanguageModel;
import java.util.Objects;
import java.util.Optional;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Google Gemini's {@code models/{model}:generateContent} (v1beta) as a {@link LanguageModel}, with
 * retries, a circuit breaker and a concurrency cap. Prompt blocks and safety stops become {@link
 * Completion.Blocked}; a candidate without text becomes {@link Completion.Empty}.
 */
public final class GeminiLanguageModel implements LanguageModel {

  private static final Logger log = LoggerFactory.getLogger(GeminiLanguageModel.class);

  private final GeminiConfig config;
  private final LlmRuntime runtime;
  private final ResilientCaller caller;
  private final JsonHttp http;
  private final HttpUrl url;
  private final JsonHttp.ErrorReader errors;

  public GeminiLanguageModel(GeminiConfig config, LlmRuntime runtime) {
    this.config = Objects.requireNonNull(config, "config");
    this.runtime = Objects.requireNonNull(runtime, "runtime");
    this.caller = new ResilientCaller(config.name(), config.keys(), runtime);
    this.http = new JsonHttp(runtime);
    this.url = HttpUrl.get(config.baseUrl() + "/models/" + config.model() + ":generateContent");
    this.errors = ErrorBodies.gemini(runtime.json(), runtime.clock());
  }

  @Override
  public Completion complete(ChatRequest request) {
    Objects.requireNonNull(request, "request");
    GenerateRequest body = GeminiMapper.request(request, config.safetySettings());
    var result =
        caller.call(key -> http.post(url, headers(key), body, GenerateResponse.class, errors));
    Completion completion =
        GeminiMapper.completion(result.value(), config.name(), result.attempts());
    runtime.metrics().completed(completion, result.latency());
    log.debug(
        "{}: {} after {} attempt(s) in {} ms",
        config.name(),
        completion.getClass().getSimpleName(),
        completion.attempts(),
        result.latency().toMillis());
    return completion;
  }

  static Headers headers(Optional<ApiKey> key) {
    return key.map(k -> Headers.of("x-goog-api-key", k.secret())).orElse(Headers.of());
  }

  /** The provider name this model reports in outcomes. */
  public String provider() {
    return config.name();
  }

  String circuitState() {
    return caller.circuitState();
  }

  @Override
  public String toString() {
    return "GeminiLanguageModel[" + config.name() + ", model=" + config.model() + "]";
  }
}
