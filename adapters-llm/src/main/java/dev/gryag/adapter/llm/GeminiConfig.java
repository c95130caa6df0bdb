package dev.gryag.adapter.llm;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How to reach Google's Gemini API ({@code generateContent}, v1beta).
 *
 * @param name the provider's name in outcomes and metrics
 * @param baseUrl the API root including the version, e.g. {@value #DEFAULT_BASE_URL}
 * @param keys at least one key, sent in the {@code x-goog-api-key} header and rotated on 429
 * @param model the model, e.g. {@value #DEFAULT_MODEL}; a {@code models/} prefix is accepted
 * @param safetySettings harm category to block threshold, e.g. {@code HARM_CATEGORY_HARASSMENT} to
 *     {@code BLOCK_ONLY_HIGH}; empty leaves the provider's defaults
 */
public record GeminiConfig(
    String name,
    String baseUrl,
    List<ApiKey> keys,
    String model,
    Map<String, String> safetySettings)
    implements ProviderConfig {

  public static final String DEFAULT_NAME = "gemini";
  public static final String DEFAULT_BASE_URL = "https://generativelanguage.googleapis.com/v1beta";
  public static final String DEFAULT_MODEL = "gemini-2.5-flash";

  /** The environment variable the bot reads the key (or comma-separated keys) from. */
  public static final String API_KEY_VARIABLE = "GEMINI_API_KEY";

  /** {@code gemini-embedding-001} truncated to 768 dimensions. */
  public static final EmbeddingSpec DEFAULT_EMBEDDING =
      new EmbeddingSpec("gemini-embedding-001", 768, true);

  public GeminiConfig {
    name = Checks.name(name);
    baseUrl = Checks.baseUrl(name, baseUrl);
    keys = Checks.keys(name, keys);
    if (keys.isEmpty()) {
      throw new IllegalArgumentException(
          name + " needs at least one API key (" + API_KEY_VARIABLE + ")");
    }
    model = Checks.model(name, model);
    model = model.startsWith("models/") ? model.substring("models/".length()) : model;
    Objects.requireNonNull(safetySettings, name + ".safetySettings");
    for (Map.Entry<String, String> e : safetySettings.entrySet()) {
      if (e.getKey() == null
          || e.getKey().isBlank()
          || e.getValue() == null
          || e.getValue().isBlank()) {
        throw new IllegalArgumentException(
            name + ".safetySettings needs a category and a threshold in every entry");
      }
    }
    safetySettings = Collections.unmodifiableMap(new LinkedHashMap<>(safetySettings));
  }

  /** The public endpoint with the default model and no safety overrides. */
  public static GeminiConfig of(List<ApiKey> keys) {
    return new GeminiConfig(DEFAULT_NAME, DEFAULT_BASE_URL, keys, DEFAULT_MODEL, Map.of());
  }

  public GeminiConfig withModel(String newModel) {
    return new GeminiConfig(name, baseUrl, keys, newModel, safetySettings);
  }

  public GeminiConfig withBaseUrl(String newBaseUrl) {
    return new GeminiConfig(name, newBaseUrl, keys, model, safetySettings);
  }

  public GeminiConfig withName(String newName) {
    return new GeminiConfig(newName, baseUrl, keys, model, safetySettings);
  }

  public GeminiConfig withSafetySettings(Map<String, String> settings) {
    return new GeminiConfig(name, baseUrl, keys, model, settings);
  }
}
