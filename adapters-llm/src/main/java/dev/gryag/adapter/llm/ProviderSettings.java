package dev.gryag.adapter.llm;

import static dev.gryag.core.config.SettingGroup.ESSENTIAL;
import static dev.gryag.core.config.SettingGroup.LLM;

import dev.gryag.core.config.OutboundUrls;
import dev.gryag.core.config.Setting;
import dev.gryag.core.config.SettingTypes;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import okhttp3.HttpUrl;

/**
 * One provider's keys: its API key(s), and {@code GRYAG_LLM_<NAME>_MODEL} and {@code _BASE_URL},
 * whose defaults are the preset's.
 *
 * @param provider the provider's name ({@code gemini}, {@code openai}, …)
 * @param apiKey one key, or several comma-separated (rotated on 429)
 * @param model the model to call
 * @param baseUrl the API root
 */
record ProviderSettings(
    String provider, Setting<List<ApiKey>> apiKey, Setting<String> model, Setting<String> baseUrl) {

  /** Every provider's, in the order of the documentation: Gemini, then the presets. */
  static final List<ProviderSettings> ALL =
      Stream.concat(
              Stream.of(
                  of(
                      GeminiConfig.DEFAULT_NAME,
                      "Google Gemini",
                      GeminiConfig.API_KEY_VARIABLE,
                      true,
                      GeminiConfig.DEFAULT_MODEL,
                      GeminiConfig.DEFAULT_BASE_URL)),
              Stream.of(OpenAiCompatiblePreset.values())
                  .map(p ->
                      of(
                          p.providerName(),
                          title(p),
                          p.apiKeyVariable(),
                          p.requiresKey(),
                          p.defaultModel(),
                          p.baseUrl())))
          .toList();

  /** The providers' names, as {@code GRYAG_LLM_PROVIDERS} lists them. */
  static final List<String> NAMES = ALL.stream().map(ProviderSettings::provider).toList();

  /**
   * The settings of the provider named {@code name} (any case).
   *
   * @throws IllegalArgumentException naming the known providers when there is none
   */
  static ProviderSettings named(String name) {
    String wanted = name.strip().toLowerCase(Locale.ROOT);
    return ALL.stream()
        .filter(p -> p.provider().equals(wanted))
        .findFirst()
        .orElseThrow(() ->
            new IllegalArgumentException(
                "unknown provider '" + name + "'; known: " + String.join(", ", NAMES)));
  }

  private static ProviderSettings of(
      String provider,
      String title,
      String keyVariable,
      boolean requiresKey,
      String model,
      String baseUrl) {
    String prefix = "GRYAG_LLM_" + provider.toUpperCase(Locale.ROOT) + "_";
    return new ProviderSettings(
        provider,
        Setting.secret(
            keyVariable,
            requiresKey ? ESSENTIAL : LLM,
            SettingTypes.text().map(ProviderSettings::keys).describedAs("comma-separated"),
            title
                + " API key"
                + (requiresKey ? "" : " (a local server may need none)")
                + (provider.equals(GeminiConfig.DEFAULT_NAME)
                    ? "; one LLM key is required."
                    : ".")),
        Setting.of(prefix + "MODEL", LLM, SettingTypes.text(), model, "Model of " + provider + "."),
        Setting.of(
            prefix + "BASE_URL",
            LLM,
            SettingTypes.urlWithCredentials(ProviderSettings::baseUrl)
                .describedAs(OutboundUrls.RANGE),
            baseUrl,
            "API root of " + provider + " (a proxy, gateway or self-hosted server)."));
  }

  private static String title(OpenAiCompatiblePreset preset) {
    return Map.of(
            "openai", "OpenAI",
            "groq", "Groq",
            "mistral", "Mistral",
            "openrouter", "OpenRouter",
            "ollama", "Ollama",
            "llamacpp", "llama.cpp server")
        .getOrDefault(preset.providerName(), preset.providerName());
  }

  private static List<ApiKey> keys(String text) {
    try {
      return ApiKey.parseList(text);
    } catch (IllegalArgumentException e) {
      // ApiKey's message says what is wrong without the key; so does this one.
      throw new IllegalArgumentException(
          "expected one key, or several separated by commas, without whitespace", e);
    }
  }

  private static String baseUrl(String text) {
    HttpUrl url = HttpUrl.parse(text);
    if (url == null) {
      throw new IllegalArgumentException("expected an http:// or https:// URL");
    }
    if (!url.username().isEmpty() || !url.password().isEmpty()) {
      throw new IllegalArgumentException(
          "expected a URL without credentials (configure an API key instead)");
    }
    // The host as OkHttp, which makes the calls, reads it.
    OutboundUrls.check(url.scheme(), url.host());
    return text;
  }
}
