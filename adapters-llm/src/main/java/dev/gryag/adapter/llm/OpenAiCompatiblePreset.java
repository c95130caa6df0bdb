package dev.gryag.adapter.llm;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Ready settings for the common OpenAI-compatible {@code chat/completions} providers. */
public enum OpenAiCompatiblePreset {
  OPENAI(
      "openai",
      "https://api.openai.com/v1",
      "gpt-4.1-mini",
      "OPENAI_API_KEY",
      true,
      true,
      "max_completion_tokens",
      new EmbeddingSpec("text-embedding-3-small", 1536, false)),
  GROQ(
      "groq",
      "https://api.groq.com/openai/v1",
      "llama-3.3-70b-versatile",
      "GROQ_API_KEY",
      true,
      false,
      "max_completion_tokens",
      null),
  MISTRAL(
      "mistral",
      "https://api.mistral.ai/v1",
      "mistral-small-latest",
      "MISTRAL_API_KEY",
      true,
      false,
      "max_tokens",
      new EmbeddingSpec("mistral-embed", 1024, false)),
  OPENROUTER(
      "openrouter",
      "https://openrouter.ai/api/v1",
      "openrouter/auto",
      "OPENROUTER_API_KEY",
      true,
      false,
      "max_tokens",
      null),
  OLLAMA(
      "ollama",
      "http://localhost:11434/v1",
      "llama3.2",
      "OLLAMA_API_KEY",
      false,
      false,
      "max_tokens",
      new EmbeddingSpec("nomic-embed-text", 768, false)),
  /** A llama.cpp {@code llama-server} (or any vLLM-style server); the model name is informative. */
  LLAMA_CPP(
      "llamacpp",
      "http://localhost:8080/v1",
      "default",
      "LLAMACPP_API_KEY",
      false,
      false,
      "max_tokens",
      null);

  private final String providerName;
  private final String baseUrl;
  private final String defaultModel;
  private final String apiKeyVariable;
  private final boolean requiresKey;
  private final boolean sendsNames;
  private final String maxTokensField;
  private final EmbeddingSpec embedding;

  OpenAiCompatiblePreset(
      String providerName,
      String baseUrl,
      String defaultModel,
      String apiKeyVariable,
      boolean requiresKey,
      boolean sendsNames,
      String maxTokensField,
      EmbeddingSpec embedding) {
    this.providerName = providerName;
    this.baseUrl = baseUrl;
    this.defaultModel = defaultModel;
    this.apiKeyVariable = apiKeyVariable;
    this.requiresKey = requiresKey;
    this.sendsNames = sendsNames;
    this.maxTokensField = maxTokensField;
    this.embedding = embedding;
  }

  /** The provider name used in outcomes, metrics and {@code GRYAG_LLM_PROVIDERS}. */
  public String providerName() {
    return providerName;
  }

  public String baseUrl() {
    return baseUrl;
  }

  public String defaultModel() {
    return defaultModel;
  }

  /** The environment variable the bot reads the key (or comma-separated keys) from. */
  public String apiKeyVariable() {
    return apiKeyVariable;
  }

  /** Whether the provider refuses calls without a key (local servers do not need one). */
  public boolean requiresKey() {
    return requiresKey;
  }

  /** Whether the provider accepts the optional {@code name} field on user messages. */
  public boolean sendsNames() {
    return sendsNames;
  }

  /** {@code max_tokens} or {@code max_completion_tokens}, whichever the provider expects. */
  public String maxTokensField() {
    return maxTokensField;
  }

  /** The provider's usual embedding model, if it offers embeddings. */
  public Optional<EmbeddingSpec> defaultEmbedding() {
    return Optional.ofNullable(embedding);
  }

  /**
   * Finds a preset by its provider name, ignoring case.
   *
   * @throws IllegalArgumentException naming the known presets when there is none
   */
  public static OpenAiCompatiblePreset byName(String name) {
    String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(p -> p.providerName.equals(wanted))
        .findFirst()
        .orElseThrow(() ->
            new IllegalArgumentException(
                "unknown OpenAI-compatible provider '"
                    + name
                    + "'; known: "
                    + Arrays.stream(values())
                        .map(OpenAiCompatiblePreset::providerName)
                        .collect(Collectors.joining(", "))));
  }
}
