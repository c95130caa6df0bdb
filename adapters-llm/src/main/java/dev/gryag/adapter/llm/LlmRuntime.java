package dev.gryag.adapter.llm;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.gryag.core.llm.EmbeddingModel;
import dev.gryag.core.llm.LanguageModel;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import okhttp3.OkHttpClient;

/**
 * What every LLM adapter shares: one HTTP client with its timeouts, the retry, breaker and
 * concurrency settings, the clock, the sleeper and the metrics hooks; and the factory that builds
 * adapters and fallback chains from {@link ProviderConfig}s. Build one per application and {@link
 * #close()} it on shutdown.
 */
public final class LlmRuntime implements AutoCloseable {

  /** HTTP calls in flight per provider unless {@link Builder#concurrency} says otherwise. */
  public static final int DEFAULT_MAX_CONCURRENT_CALLS = 3;

  /** How long a caller waits for a free slot unless {@link Builder#concurrency} says otherwise. */
  public static final Duration DEFAULT_MAX_WAIT_FOR_SLOT = Duration.ofMinutes(2);

  private final HttpSettings http;
  private final RetrySettings retry;
  private final BreakerSettings breaker;
  private final int maxConcurrentCalls;
  private final Duration maxWaitForSlot;
  private final LlmMetrics metrics;
  private final Clock clock;
  private final Sleeper sleeper;
  private final OkHttpClient client;
  private final ObjectMapper json;

  private LlmRuntime(Builder b) {
    this.http = b.http;
    this.retry = b.retry;
    this.breaker = b.breaker;
    this.maxConcurrentCalls = b.maxConcurrentCalls;
    this.maxWaitForSlot = b.maxWaitForSlot;
    this.metrics = b.metrics;
    this.clock = b.clock;
    this.sleeper = b.sleeper;
    this.client =
        new OkHttpClient.Builder()
            .connectTimeout(http.connectTimeout())
            .readTimeout(http.readTimeout())
            .writeTimeout(http.readTimeout())
            .callTimeout(http.callTimeout())
            .followRedirects(false)
            .addInterceptor(new ResponseCap(http.maxResponseBytes()))
            .build();
    this.json =
        JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** One provider as a {@link LanguageModel} with its own retries, breaker and call cap. */
  public LanguageModel languageModel(ProviderConfig config) {
    Objects.requireNonNull(config, "config");
    return switch (config) {
      case GeminiConfig gemini -> new GeminiLanguageModel(gemini, this);
      case OpenAiCompatibleConfig openAi -> new OpenAiCompatibleLanguageModel(openAi, this);
    };
  }

  /**
   * The providers as a {@link FallbackLanguageModel} trying them in the given order.
   *
   * @throws IllegalArgumentException when the list is empty or two providers share a name
   */
  public FallbackLanguageModel fallbackChain(List<? extends ProviderConfig> configs) {
    Objects.requireNonNull(configs, "configs");
    long distinct = configs.stream().map(ProviderConfig::name).distinct().count();
    if (distinct != configs.size()) {
      throw new IllegalArgumentException(
          "provider names in a chain must be unique, were "
              + configs.stream().map(ProviderConfig::name).toList());
    }
    return new FallbackLanguageModel(configs.stream().map(this::languageModel).toList());
  }

  /** An {@link EmbeddingModel} on the provider's embeddings endpoint. */
  public EmbeddingModel embeddingModel(ProviderConfig config, EmbeddingSpec spec) {
    Objects.requireNonNull(config, "config");
    return switch (config) {
      case GeminiConfig gemini -> new GeminiEmbeddingModel(gemini, spec, this);
      case OpenAiCompatibleConfig openAi -> new OpenAiEmbeddingModel(openAi, spec, this);
    };
  }

  /** Releases the HTTP client's idle connections and threads. */
  @Override
  public void close() {
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
  }

  HttpSettings http() {
    return http;
  }

  RetrySettings retry() {
    return retry;
  }

  BreakerSettings breaker() {
    return breaker;
  }

  int maxConcurrentCalls() {
    return maxConcurrentCalls;
  }

  Duration maxWaitForSlot() {
    return maxWaitForSlot;
  }

  LlmMetrics metrics() {
    return metrics;
  }

  Clock clock() {
    return clock;
  }

  Sleeper sleeper() {
    return sleeper;
  }

  OkHttpClient client() {
    return client;
  }

  ObjectMapper json() {
    return json;
  }

  @Override
  public String toString() {
    return "LlmRuntime[http="
        + http
        + ", retry="
        + retry
        + ", breaker="
        + breaker
        + ", maxConcurrentCalls="
        + maxConcurrentCalls
        + "]";
  }

  /** Settings for a {@link LlmRuntime}; every one has a default. */
  public static final class Builder {
    private HttpSettings http = HttpSettings.DEFAULTS;
    private RetrySettings retry = RetrySettings.DEFAULTS;
    private BreakerSettings breaker = BreakerSettings.DEFAULTS;
    private int maxConcurrentCalls = DEFAULT_MAX_CONCURRENT_CALLS;
    private Duration maxWaitForSlot = DEFAULT_MAX_WAIT_FOR_SLOT;
    private LlmMetrics metrics = LlmMetrics.NONE;
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.SYSTEM;

    private Builder() {}

    public Builder http(HttpSettings settings) {
      this.http = Objects.requireNonNull(settings, "http");
      return this;
    }

    public Builder retry(RetrySettings settings) {
      this.retry = Objects.requireNonNull(settings, "retry");
      return this;
    }

    public Builder breaker(BreakerSettings settings) {
      this.breaker = Objects.requireNonNull(settings, "breaker");
      return this;
    }

    /**
     * Caps concurrent HTTP calls per provider (default 3); a caller beyond the cap waits up to
     * {@code maxWait} for a slot (default 2 minutes), then fails as transient.
     */
    public Builder concurrency(int maxConcurrentCalls, Duration maxWait) {
      if (maxConcurrentCalls < 1) {
        throw new IllegalArgumentException(
            "maxConcurrentCalls must be at least 1, was " + maxConcurrentCalls);
      }
      HttpSettings.Durations.requirePositive(maxWait, "maxWaitForSlot");
      this.maxConcurrentCalls = maxConcurrentCalls;
      this.maxWaitForSlot = maxWait;
      return this;
    }

    public Builder metrics(LlmMetrics hooks) {
      this.metrics = Objects.requireNonNull(hooks, "metrics");
      return this;
    }

    /** The clock for {@code Retry-After} dates, key cool-downs and breaker timing. */
    public Builder clock(Clock source) {
      this.clock = Objects.requireNonNull(source, "clock");
      return this;
    }

    /** How retry waits are spent; tests pass one that records instead of sleeping. */
    public Builder sleeper(Sleeper waits) {
      this.sleeper = Objects.requireNonNull(waits, "sleeper");
      return this;
    }

    public LlmRuntime build() {
      return new LlmRuntime(this);
    }
  }
}
