package dev.gryag.adapter.llm;

import static dev.gryag.adapter.llm.LlmSettings.EMBEDDING_DIMENSIONS;
import static dev.gryag.adapter.llm.LlmSettings.EMBEDDING_MODEL;
import static dev.gryag.adapter.llm.LlmSettings.EMBEDDING_PROVIDER;

import dev.gryag.core.config.Configuration;
import dev.gryag.core.config.Setting;
import dev.gryag.core.llm.EmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The LLM settings ({@link LlmSettings}) read into what the adapter builds: which providers in
 * which order, their keys, models and base URLs, the timeouts, retry, breaker and concurrency
 * knobs, and the embedding model. Every invalid value fails with a message naming its key; {@code
 * docs/configuration.md} lists the keys.
 */
public final class LlmEnvironment {

  private final Configuration config;

  private LlmEnvironment(Configuration config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  /**
   * The settings in {@code values} ({@code System.getenv()}, possibly overlaid by a file).
   *
   * @throws IllegalArgumentException listing every invalid key
   */
  public static LlmEnvironment of(Map<String, String> values) {
    return from(Configuration.of(LlmSettings.all(), values));
  }

  /** The settings of a configuration that loaded {@link LlmSettings#all()}. */
  public static LlmEnvironment from(Configuration config) {
    return new LlmEnvironment(config);
  }

  /**
   * The configured providers in fallback order.
   *
   * @throws IllegalArgumentException when none is configured or a listed one has no key
   */
  public List<ProviderConfig> providers() {
    List<String> names = providerNames();
    if (names.isEmpty()) {
      throw new IllegalArgumentException(
          "no LLM provider is configured: set GEMINI_API_KEY (or another provider's key) or "
              + LlmSettings.PROVIDERS);
    }
    List<ProviderConfig> configs = new ArrayList<>();
    for (String name : names) {
      configs.add(provider(name));
    }
    return List.copyOf(configs);
  }

  /**
   * True when a provider is configured: {@code GRYAG_LLM_PROVIDERS} names one, or a default
   * provider's key is set. When false, {@link #providers()} throws; when true, it may still reject
   * a missing key.
   */
  public boolean anyProvider() {
    return !providerNames().isEmpty();
  }

  private List<String> providerNames() {
    List<String> listed = config.get(LlmSettings.PROVIDERS);
    if (!listed.isEmpty()) {
      return listed;
    }
    return LlmSettings.DEFAULT_ORDER.stream()
        .filter(n -> config.isSet(ProviderSettings.named(n).apiKey()))
        .toList();
  }

  /**
   * One provider by name, with {@code GRYAG_LLM_<NAME>_MODEL} and {@code _BASE_URL} applied.
   *
   * @throws IllegalArgumentException when the name is unknown or the provider needs a key
   */
  public ProviderConfig provider(String name) {
    ProviderSettings keys = ProviderSettings.named(Objects.requireNonNull(name, "name"));
    List<ApiKey> apiKeys = config.get(keys.apiKey());
    ProviderConfig preset =
        keys.provider().equals(GeminiConfig.DEFAULT_NAME)
            ? GeminiConfig.of(apiKeys).withSafetySettings(config.get(LlmSettings.GEMINI_SAFETY))
            : OpenAiCompatibleConfig.of(OpenAiCompatiblePreset.byName(keys.provider()), apiKeys);
    ProviderConfig modelled =
        config.isSet(keys.model())
            ? named(keys.model(), () -> withModel(preset, config.get(keys.model())))
            : preset;
    return config.isSet(keys.baseUrl())
        ? named(keys.baseUrl(), () -> withBaseUrl(modelled, config.get(keys.baseUrl())))
        : modelled;
  }

  private static ProviderConfig withModel(ProviderConfig config, String model) {
    return switch (config) {
      case GeminiConfig g -> g.withModel(model);
      case OpenAiCompatibleConfig o -> o.withModel(model);
    };
  }

  private static ProviderConfig withBaseUrl(ProviderConfig config, String baseUrl) {
    return switch (config) {
      case GeminiConfig g -> g.withBaseUrl(baseUrl);
      case OpenAiCompatibleConfig o -> o.withBaseUrl(baseUrl);
    };
  }

  /**
   * The embedding model {@code GRYAG_EMBEDDING_PROVIDER} names (unset or {@code none}: no
   * embeddings), with its preset's model unless {@code GRYAG_EMBEDDING_MODEL} and {@code
   * GRYAG_EMBEDDING_DIMENSIONS} say otherwise.
   */
  public Optional<EmbeddingModel> embeddingModel(LlmRuntime runtime) {
    Optional<String> name = config.get(EMBEDDING_PROVIDER).filter(n -> !n.equals("none"));
    if (name.isEmpty()) {
      return Optional.empty();
    }
    ProviderConfig provider = named(EMBEDDING_PROVIDER, () -> provider(name.get()));
    Optional<EmbeddingSpec> preset =
        provider instanceof GeminiConfig
            ? Optional.of(GeminiConfig.DEFAULT_EMBEDDING)
            : OpenAiCompatiblePreset.byName(name.get()).defaultEmbedding();
    Optional<String> model = Optional.of(config.get(EMBEDDING_MODEL)).filter(m -> !m.isEmpty());
    Optional<Integer> dimensions = config.get(EMBEDDING_DIMENSIONS);
    if (preset.isEmpty() && (model.isEmpty() || dimensions.isEmpty())) {
      throw new IllegalArgumentException(
          EMBEDDING_PROVIDER
              + ": "
              + name.get()
              + " has no default embedding model; set "
              + EMBEDDING_MODEL
              + " and "
              + EMBEDDING_DIMENSIONS);
    }
    EmbeddingSpec spec =
        LlmSettings.named(
            Map.of(
                "embedding dimensions", EMBEDDING_DIMENSIONS, "embedding model", EMBEDDING_MODEL),
            () ->
                new EmbeddingSpec(
                    model.orElseGet(() -> preset.get().model()),
                    dimensions.orElseGet(() -> preset.get().dimensions()),
                    dimensions.isPresent() || preset.get().requestDimensions()));
    return Optional.of(runtime.embeddingModel(provider, spec));
  }

  /** A runtime builder with the timeout, retry, breaker and concurrency keys applied. */
  public LlmRuntime.Builder runtime() {
    return RuntimeKnobs.read(config);
  }

  /** Builds a value, prefixing a validation failure with the key it came from. */
  private static <T> T named(Setting<?> key, Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(key + ": " + e.getMessage(), e);
    }
  }
}
