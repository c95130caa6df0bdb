package dev.gryag.adapter.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigTest {

  private static final List<ApiKey> KEY = List.of(new ApiKey("k-123"));

  @Test
  void presets_point_at_the_real_endpoints() {
    assertThat(OpenAiCompatibleConfig.of(OpenAiCompatiblePreset.GROQ, KEY).baseUrl())
        .isEqualTo("https://api.groq.com/openai/v1");
    assertThat(OpenAiCompatiblePreset.byName("OpenRouter").baseUrl())
        .isEqualTo("https://openrouter.ai/api/v1");
    assertThat(OpenAiCompatiblePreset.MISTRAL.apiKeyVariable()).isEqualTo("MISTRAL_API_KEY");
    assertThat(OpenAiCompatiblePreset.OLLAMA.requiresKey()).isFalse();
    assertThat(OpenAiCompatiblePreset.GROQ.defaultEmbedding()).isEmpty();
    assertThat(GeminiConfig.of(KEY).baseUrl())
        .isEqualTo("https://generativelanguage.googleapis.com/v1beta");
  }

  @Test
  void an_unknown_preset_names_the_known_ones() {
    assertThatThrownBy(() -> OpenAiCompatiblePreset.byName("anthropic"))
        .hasMessage(
            "unknown OpenAI-compatible provider 'anthropic'; known: openai, groq, mistral,"
                + " openrouter, ollama, llamacpp");
  }

  @Test
  void a_provider_that_needs_a_key_says_which_variable_is_missing() {
    assertThatThrownBy(() -> OpenAiCompatibleConfig.of(OpenAiCompatiblePreset.GROQ, List.of()))
        .hasMessage("groq needs at least one API key (GROQ_API_KEY)");
    assertThatThrownBy(() -> GeminiConfig.of(List.of()))
        .hasMessage("gemini needs at least one API key (GEMINI_API_KEY)");
  }

  @Test
  void base_urls_are_checked_and_normalised() {
    assertThat(GeminiConfig.of(KEY).withBaseUrl("http://proxy:8080/gemini/v1beta/").baseUrl())
        .isEqualTo("http://proxy:8080/gemini/v1beta");
    assertThatThrownBy(() -> GeminiConfig.of(KEY).withBaseUrl("generativelanguage"))
        .hasMessage("gemini.baseUrl must be an http(s) URL, was 'generativelanguage'");
    assertThatThrownBy(() -> GeminiConfig.of(KEY).withBaseUrl("https://user:pw@proxy/v1beta"))
        .hasMessageContaining("must not carry credentials");
  }

  @Test
  void model_names_accept_the_models_prefix_and_refuse_blanks() {
    assertThat(GeminiConfig.of(KEY).withModel("models/gemini-2.5-pro").model())
        .isEqualTo("gemini-2.5-pro");
    assertThatThrownBy(() -> GeminiConfig.of(KEY).withModel(" "))
        .hasMessage("gemini.model must not be blank");
  }

  @Test
  void provider_names_and_headers_are_checked() {
    assertThatThrownBy(() -> GeminiConfig.of(KEY).withName("My Gemini"))
        .hasMessageContaining("provider name must be");
    OpenAiCompatibleConfig openAi = OpenAiCompatibleConfig.of(OpenAiCompatiblePreset.OPENAI, KEY);
    assertThatThrownBy(() -> openAi.withHeaders(Map.of("Authorization", "Bearer x")))
        .hasMessage("openai.headers must not set Authorization; configure the key instead");
  }

  @Test
  void keys_parse_from_a_comma_separated_variable() {
    assertThat(ApiKey.parseList(" a1, ,b2 ")).containsExactly(new ApiKey("a1"), new ApiKey("b2"));
    assertThat(ApiKey.parseList("")).isEmpty();
    assertThat(ApiKey.parseList(null)).isEmpty();
  }

  @Test
  void settings_refuse_values_that_make_no_sense() {
    assertThatThrownBy(() -> RetrySettings.DEFAULTS.withMaxAttempts(0))
        .hasMessage("maxAttempts must be at least 1, was 0");
    assertThatThrownBy(() -> RetrySettings.DEFAULTS.withMaxDelay(Duration.ofMillis(100)))
        .hasMessageContaining("initialBackoff (PT0.5S) must not exceed maxDelay (PT0.1S)");
    assertThatThrownBy(() -> HttpSettings.DEFAULTS.withTimeouts(Duration.ZERO, null, null))
        .hasMessage("connectTimeout must be positive, was PT0S");
    assertThatThrownBy(() -> new BreakerSettings(50, 5, 10, Duration.ofSeconds(1)))
        .hasMessage("minimumCalls must be in [1, slidingWindow=5], was 10");
    assertThatThrownBy(() -> LlmRuntime.builder().concurrency(0, Duration.ofSeconds(1)))
        .hasMessage("maxConcurrentCalls must be at least 1, was 0");
    assertThatThrownBy(() -> new EmbeddingSpec("m", 0, false))
        .hasMessage("embedding dimensions must be in [1, 65536], was 0");
  }
}
