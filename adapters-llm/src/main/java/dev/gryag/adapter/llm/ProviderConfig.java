package dev.gryag.adapter.llm;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/** Where and how to reach one language-model provider; one entry of a fallback chain. */
public sealed interface ProviderConfig permits GeminiConfig, OpenAiCompatibleConfig {

  /** The provider's name in outcomes, logs and metrics, e.g. {@code gemini} or {@code groq}. */
  String name();

  /** The API root every endpoint path is appended to, without a trailing slash. */
  String baseUrl();

  /** The keys to use, rotated on 429; empty for servers that need none (Ollama, llama.cpp). */
  List<ApiKey> keys();

  /** The chat model to ask. */
  String model();

  /** Validation shared by the config records. */
  final class Checks {
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_.-]{0,39}");

    private Checks() {}

    static String name(String name) {
      Objects.requireNonNull(name, "name");
      if (!NAME.matcher(name).matches()) {
        throw new IllegalArgumentException(
            "provider name must be 1-40 lower-case letters, digits, '_', '.' or '-', was '"
                + name
                + "'");
      }
      return name;
    }

    static String baseUrl(String provider, String baseUrl) {
      Objects.requireNonNull(baseUrl, provider + ".baseUrl");
      HttpUrl parsed = HttpUrl.parse(baseUrl.strip());
      if (parsed == null) {
        throw new IllegalArgumentException(
            provider + ".baseUrl must be an http(s) URL, was '" + baseUrl + "'");
      }
      if (parsed.username().length() > 0 || parsed.password().length() > 0) {
        throw new IllegalArgumentException(
            provider + ".baseUrl must not carry credentials; configure an API key instead");
      }
      String text = parsed.toString();
      return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    static String model(String provider, String model) {
      Objects.requireNonNull(model, provider + ".model");
      if (model.isBlank()) {
        throw new IllegalArgumentException(provider + ".model must not be blank");
      }
      return model.strip();
    }

    static List<ApiKey> keys(String provider, List<ApiKey> keys) {
      Objects.requireNonNull(keys, provider + ".keys");
      return List.copyOf(keys);
    }
  }
}
