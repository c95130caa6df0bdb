package dev.gryag.adapter.llm;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How to reach one OpenAI-compatible {@code chat/completions} server (OpenAI, Groq, Mistral,
 * OpenRouter, Ollama, llama.cpp, vLLM, a gateway).
 *
 * @param name the provider's name in outcomes and metrics
 * @param baseUrl the API root, e.g. {@code https://api.groq.com/openai/v1}
 * @param keys bearer keys rotated on 429; empty for servers that need none
 * @param model the model to ask
 * @param sendNames whether user messages carry the optional {@code name} field (the text names its
 *     author already: core's prompt fences each member's turn with the name)
 * @param maxTokensField {@code max_tokens} or {@code max_completion_tokens}
 * @param headers extra request headers, e.g. OpenRouter's {@code X-Title}; never printed by {@link
 *     #toString()}, but do not put secrets here: keys belong in {@code keys}
 */
public record OpenAiCompatibleConfig(
    String name,
    String baseUrl,
    List<ApiKey> keys,
    String model,
    boolean sendNames,
    String maxTokensField,
    Map<String, String> headers)
    implements ProviderConfig {

  private static final Set<String> MAX_TOKENS_FIELDS =
      Set.of("max_tokens", "max_completion_tokens");

  public OpenAiCompatibleConfig {
    name = Checks.name(name);
    baseUrl = Checks.baseUrl(name, baseUrl);
    keys = Checks.keys(name, keys);
    model = Checks.model(name, model);
    if (!MAX_TOKENS_FIELDS.contains(maxTokensField)) {
      throw new IllegalArgumentException(
          name + ".maxTokensField must be one of " + MAX_TOKENS_FIELDS + ", was " + maxTokensField);
    }
    Objects.requireNonNull(headers, name + ".headers");
    for (Map.Entry<String, String> e : headers.entrySet()) {
      if (e.getKey() == null || e.getKey().isBlank() || e.getValue() == null) {
        throw new IllegalArgumentException(name + ".headers has an empty name or value");
      }
      if (e.getKey().equalsIgnoreCase("authorization")) {
        throw new IllegalArgumentException(
            name + ".headers must not set Authorization; configure the key instead");
      }
    }
    headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
  }

  /**
   * The preset's endpoint and default model with these keys.
   *
   * @throws IllegalArgumentException when the preset needs a key and none is given
   */
  public static OpenAiCompatibleConfig of(OpenAiCompatiblePreset preset, List<ApiKey> keys) {
    Objects.requireNonNull(preset, "preset");
    if (preset.requiresKey() && (keys == null || keys.isEmpty())) {
      throw new IllegalArgumentException(
          preset.providerName() + " needs at least one API key (" + preset.apiKeyVariable() + ")");
    }
    return new OpenAiCompatibleConfig(
        preset.providerName(),
        preset.baseUrl(),
        keys,
        preset.defaultModel(),
        preset.sendsNames(),
        preset.maxTokensField(),
        Map.of());
  }

  /** Any other compatible server: {@code max_tokens}, no {@code name} field, no extra headers. */
  public static OpenAiCompatibleConfig custom(
      String name, String baseUrl, String model, List<ApiKey> keys) {
    return new OpenAiCompatibleConfig(name, baseUrl, keys, model, false, "max_tokens", Map.of());
  }

  public OpenAiCompatibleConfig withModel(String newModel) {
    return new OpenAiCompatibleConfig(
        name, baseUrl, keys, newModel, sendNames, maxTokensField, headers);
  }

  public OpenAiCompatibleConfig withBaseUrl(String newBaseUrl) {
    return new OpenAiCompatibleConfig(
        name, newBaseUrl, keys, model, sendNames, maxTokensField, headers);
  }

  public OpenAiCompatibleConfig withName(String newName) {
    return new OpenAiCompatibleConfig(
        newName, baseUrl, keys, model, sendNames, maxTokensField, headers);
  }

  public OpenAiCompatibleConfig withHeaders(Map<String, String> newHeaders) {
    return new OpenAiCompatibleConfig(
        name, baseUrl, keys, model, sendNames, maxTokensField, newHeaders);
  }

  @Override
  public String toString() {
    return "OpenAiCompatibleConfig[name="
        + name
        + ", baseUrl="
        + baseUrl
        + ", keys="
        + keys.size()
        + ", model="
        + model
        + ", sendNames="
        + sendNames
        + ", maxTokensField="
        + maxTokensField
        + ", headers="
        + headers.keySet()
        + "]";
  }
}
