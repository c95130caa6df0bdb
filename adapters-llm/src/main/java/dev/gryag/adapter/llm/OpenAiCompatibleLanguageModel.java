package dev.gryag.adapter.llm;

import dev.gryag.adapter.llm.OpenAiWire.ChatResponse;
import dev.gryag.core.llm.ChatRequest;
import dev.gryag.core.llm.Completion;
import dev.gryag.core.llm.LanguageModel;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An OpenAI-compatible {@code POST {base}/chat/completions} server (OpenAI, Groq, Mistral,
 * OpenRouter, Ollama, llama.cpp, vLLM) as a {@link LanguageModel}, with retries, a circuit breaker
 * and a concurrency cap. A {@code content_filter} stop or a refusal becomes {@link
 * Completion.Blocked}; a reply without text becomes {@link Completion.Empty}.
 */
public final class OpenAiCompatibleLanguageModel implements LanguageModel {

  private static final Logger log = LoggerFactory.getLogger(OpenAiCompatibleLanguageModel.class);

  private final OpenAiCompatibleConfig config;
  private final LlmRuntime runtime;
  private final ResilientCaller caller;
  private final JsonHttp http;
  private final HttpUrl url;
  private final JsonHttp.ErrorReader errors;

  public OpenAiCompatibleLanguageModel(OpenAiCompatibleConfig config, LlmRuntime runtime) {
    this.config = Objects.requireNonNull(config, "config");
    this.runtime = Objects.requireNonNull(runtime, "runtime");
    this.caller = new ResilientCaller(config.name(), config.keys(), runtime);
    this.http = new JsonHttp(runtime);
    this.url = HttpUrl.get(config.baseUrl() + "/chat/completions");
    this.errors = ErrorBodies.openAi(runtime.json(), runtime.clock());
  }

  @Override
  public Completion complete(ChatRequest request) {
    Objects.requireNonNull(request, "request");
    Map<String, Object> body = OpenAiMapper.request(request, config);
    var result =
        caller.call(key -> http.post(url, headers(config, key), body, ChatResponse.class, errors));
    Completion completion =
        OpenAiMapper.completion(result.value(), config.name(), result.attempts());
    runtime.metrics().completed(completion, result.latency());
    log.debug(
        "{}: {} after {} attempt(s) in {} ms",
        config.name(),
        completion.getClass().getSimpleName(),
        completion.attempts(),
        result.latency().toMillis());
    return completion;
  }

  static Headers headers(OpenAiCompatibleConfig config, Optional<ApiKey> key) {
    Headers.Builder headers = new Headers.Builder();
    config.headers().forEach(headers::add);
    key.ifPresent(k -> headers.add("Authorization", "Bearer " + k.secret()));
    return headers.build();
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
    return "OpenAiCompatibleLanguageModel[" + config.name() + ", model=" + config.model() + "]";
  }
}
