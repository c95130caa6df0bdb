package dev.gryag.adapter.llm;

import dev.gryag.core.llm.EmbeddingModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads the LLM settings from environment-style key/value pairs ({@code System.getenv()}, possibly
 * overlaid by a properties file): which providers in which order, their keys, models and base URLs,
 * and the timeouts, retry, breaker and concurrency knobs. Every invalid value fails with a message
 * naming its key; {@code docs/llm.md} lists the keys.
 */
public final class LlmEnvironment {

  public static final String PROVIDERS = "GRYAG_LLM_PROVIDERS";
  public static final String EMBEDDING_PROVIDER = "GRYAG_EMBEDDING_PROVIDER";
  public static final String EMBEDDING_MODEL = "GRYAG_EMBEDDING_MODEL";
  public static final String EMBEDDING_DIMENSIONS = "GRYAG_EMBEDDING_DIMENSIONS";

  /** Providers tried when {@value #PROVIDERS} is unset: those whose key is present, in order. */
  static final List<String> DEFAULT_ORDER =
      List.of("gemini", "openai", "groq", "mistral", "openrouter");

  private final EnvValues env;

  private LlmEnvironment(Map<String, String> values) {
    this.env = new EnvValues(Map.copyOf(Objects.requireNonNull(values, "values")));
  }

  public static LlmEnvironment of(Map<String, String> values) {
    return new LlmEnvironment(values);
  }

  /**
   * The configured providers in fallback order.
   *
   * @throws IllegalArgumentException when none is configured, a name is unknown or a key missing
   */
  public List<ProviderConfig> providers() {
    List<String> names = providerNames();
    if (names.isEmpty()) {
      throw new IllegalArgumentException(
          "no LLM provider is configured: set GEMINI_API_KEY (or another provider's key) or "
              + PROVIDERS);
    }
    names.forEach(LlmEnvironment::keyVariable); // every name is known before any key is checked
    List<ProviderConfig> configs = new ArrayList<>();
    for (String name : names) {
      configs.add(provider(name));
    }
    return List.copyOf(configs);
  }

  /**
   * True when a provider is configured: {@value #PROVIDERS} names one, or a default provider's key
   * is set. When false, {@link #providers()} throws; when true, it may still reject a bad name or
   * key.
   */
  public boolean anyProvider() {
    return !providerNames().isEmpty();
  }

  private List<String> providerNames() {
    return env.text(PROVIDERS)
        .map(v -> Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()))
        .map(s -> s.map(n -> n.toLowerCase(Locale.ROOT)).toList())
        .orElseGet(this::providersWithKeys);
  }

  private List<String> providersWithKeys() {
    return DEFAULT_ORDER.stream().filter(n -> env.text(keyVariable(n)).isPresent()).toList();
  }

  private static String keyVariable(String name) {
    if (name.equals(GeminiConfig.DEFAULT_NAME)) {
      return GeminiConfig.API_KEY_VARIABLE;
    }
    try {
      return OpenAiCompatiblePreset.byName(name).apiKeyVariable();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          PROVIDERS
              + ": unknown provider '"
              + name
              + "'; known: gemini, "
              + Arrays.stream(OpenAiCompatiblePreset.values())
                  .map(OpenAiCompatiblePreset::providerName)
                  .collect(Collectors.joining(", ")),
          e);
    }
  }

  /** One provider by name, with {@code GRYAG_LLM_<NAME>_MODEL} and {@code _BASE_URL} applied. */
  public ProviderConfig provider(String name) {
    String id = Objects.requireNonNull(name, "name").strip().toLowerCase(Locale.ROOT);
    String keyVariable = keyVariable(id);
    String prefix = "GRYAG_LLM_" + id.toUpperCase(Locale.ROOT) + "_";
    List<ApiKey> keys = EnvValues.named(keyVariable, () -> keys(keyVariable));
    ProviderConfig preset =
        id.equals(GeminiConfig.DEFAULT_NAME)
            ? gemini(keys, prefix + "SAFETY")
            : OpenAiCompatibleConfig.of(OpenAiCompatiblePreset.byName(id), keys);
    ProviderConfig modelled =
        env.text(prefix + "MODEL")
            .map(m -> EnvValues.named(prefix + "MODEL", () -> withModel(preset, m)))
            .orElse(preset);
    return env.text(prefix + "BASE_URL")
        .map(u -> EnvValues.named(prefix + "BASE_URL", () -> withBaseUrl(modelled, u)))
        .orElse(modelled);
  }

  private GeminiConfig gemini(List<ApiKey> keys, String safetyKey) {
    GeminiConfig config = GeminiConfig.of(keys);
    Map<String, String> safety = env.pairs(safetyKey);
    return EnvValues.named(safetyKey, () -> config.withSafetySettings(safety));
  }

  private List<ApiKey> keys(String variable) {
    return ApiKey.parseList(env.text(variable).orElse(""));
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
   * The embedding model {@value #EMBEDDING_PROVIDER} names (unset or {@code none}: no embeddings),
   * with its preset's model unless {@code GRYAG_EMBEDDING_MODEL} and {@code
   * GRYAG_EMBEDDING_DIMENSIONS} say otherwise.
   */
  public Optional<EmbeddingModel> embeddingModel(LlmRuntime runtime) {
    Optional<String> name = env.text(EMBEDDING_PROVIDER).map(n -> n.toLowerCase(Locale.ROOT));
    if (name.isEmpty() || name.get().equals("none")) {
      return Optional.empty();
    }
    ProviderConfig config = EnvValues.named(EMBEDDING_PROVIDER, () -> provider(name.get()));
    Optional<EmbeddingSpec> preset =
        config instanceof GeminiConfig
            ? Optional.of(GeminiConfig.DEFAULT_EMBEDDING)
            : OpenAiCompatiblePreset.byName(name.get()).defaultEmbedding();
    Optional<String> model = env.text(EMBEDDING_MODEL);
    Optional<Integer> dimensions = env.integer(EMBEDDING_DIMENSIONS);
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
        EnvValues.named(
            Map.of(
                "embedding dimensions", EMBEDDING_DIMENSIONS, "embedding model", EMBEDDING_MODEL),
            () ->
                new EmbeddingSpec(
                    model.orElseGet(() -> preset.get().model()),
                    dimensions.orElseGet(() -> preset.get().dimensions()),
                    dimensions.isPresent() || preset.get().requestDimensions()));
    return Optional.of(runtime.embeddingModel(config, spec));
  }

  /** A runtime builder with the timeout, retry, breaker and concurrency keys applied. */
  public LlmRuntime.Builder runtime() {
    return RuntimeKnobs.read(env);
  }
}
