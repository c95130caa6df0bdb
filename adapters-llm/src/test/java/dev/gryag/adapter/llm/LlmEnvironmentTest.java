package dev.gryag.adapter.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gryag.core.config.ConfigurationException;
import dev.gryag.core.config.Setting;
import dev.gryag.core.llm.EmbeddingModel;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LlmEnvironmentTest {

  @Test
  void without_an_explicit_order_every_provider_with_a_key_is_used_in_the_default_order() {
    List<ProviderConfig> providers =
        LlmEnvironment.of(Map.of("GROQ_API_KEY", "gsk_1", "GEMINI_API_KEY", "g1,g2")).providers();

    assertThat(providers).extracting(ProviderConfig::name).containsExactly("gemini", "groq");
    assertThat(providers.getFirst().keys()).hasSize(2);
  }

  @Test
  void a_provider_is_configured_by_a_key_or_by_naming_it() {
    assertThat(LlmEnvironment.of(Map.of()).anyProvider()).isFalse();
    assertThat(LlmEnvironment.of(Map.of("GEMINI_API_KEY", " ")).anyProvider()).isFalse();
    assertThat(LlmEnvironment.of(Map.of("GRYAG_LLM_PROVIDERS", " , ")).anyProvider()).isFalse();
    assertThat(LlmEnvironment.of(Map.of("MISTRAL_API_KEY", "m1")).anyProvider()).isTrue();
    assertThat(LlmEnvironment.of(Map.of("GRYAG_LLM_PROVIDERS", "ollama")).anyProvider()).isTrue();
    assertThat(LlmEnvironment.of(Map.of("OLLAMA_API_KEY", "o1")).anyProvider()).isFalse();
  }

  @Test
  void the_order_models_base_urls_and_safety_come_from_their_keys() {
    List<ProviderConfig> providers =
        LlmEnvironment.of(
                Map.of(
                    "GRYAG_LLM_PROVIDERS", "Ollama, gemini",
                    "GEMINI_API_KEY", "g1",
                    "GRYAG_LLM_GEMINI_MODEL", "gemini-2.5-pro",
                    "GRYAG_LLM_GEMINI_SAFETY", "HARM_CATEGORY_HARASSMENT=BLOCK_ONLY_HIGH",
                    "GRYAG_LLM_OLLAMA_BASE_URL", "https://gpu-box:11434/v1/",
                    "GRYAG_LLM_OLLAMA_MODEL", "qwen2.5:7b"))
            .providers();

    assertThat(providers.get(0))
        .isEqualTo(
            OpenAiCompatibleConfig.of(OpenAiCompatiblePreset.OLLAMA, List.of())
                .withBaseUrl("https://gpu-box:11434/v1")
                .withModel("qwen2.5:7b"));
    GeminiConfig gemini = (GeminiConfig) providers.get(1);
    assertThat(gemini.model()).isEqualTo("gemini-2.5-pro");
    assertThat(gemini.safetySettings())
        .containsExactly(Map.entry("HARM_CATEGORY_HARASSMENT", "BLOCK_ONLY_HIGH"));
  }

  @Test
  void mistakes_are_reported_with_the_key_to_fix() {
    assertThatThrownBy(() -> LlmEnvironment.of(Map.of()).providers())
        .hasMessageStartingWith("no LLM provider is configured: set GEMINI_API_KEY");
    assertThatThrownBy(
            () -> LlmEnvironment.of(Map.of("GRYAG_LLM_PROVIDERS", "gemini,claude")).providers())
        .hasMessage(
            "invalid configuration: GRYAG_LLM_PROVIDERS: expected provider names separated by"
                + " commas, from gemini, openai, groq, mistral, openrouter, ollama, llamacpp, got"
                + " \"gemini,claude\"");
    assertThatThrownBy(
            () -> LlmEnvironment.of(Map.of("GRYAG_LLM_PROVIDERS", "mistral")).providers())
        .hasMessage("mistral needs at least one API key (MISTRAL_API_KEY)");
    assertThatThrownBy(() ->
            LlmEnvironment.of(
                    Map.of("GEMINI_API_KEY", "g1", "GRYAG_LLM_GEMINI_BASE_URL", "nowhere"))
                .providers())
        .hasMessage(
            "invalid configuration: GRYAG_LLM_GEMINI_BASE_URL: expected an http:// or https:// URL,"
                + " got \"nowhere\"");
    assertThatThrownBy(() ->
            LlmEnvironment.of(Map.of("GEMINI_API_KEY", "g1", "GRYAG_LLM_GEMINI_SAFETY", "HIGH"))
                .providers())
        .hasMessage(
            "invalid configuration: GRYAG_LLM_GEMINI_SAFETY: expected NAME=VALUE pairs separated by"
                + " commas, got \"HIGH\"");
  }

  @Test
  void a_base_url_is_https_or_plain_http_to_this_machine() {
    Map<String, String> local =
        Map.of(
            "GRYAG_LLM_PROVIDERS", "ollama,llamacpp,openai",
            "OPENAI_API_KEY", "sk-1",
            "GRYAG_LLM_OLLAMA_BASE_URL", "http://[::1]:11434/v1",
            "GRYAG_LLM_LLAMACPP_BASE_URL", "http://127.0.0.1:8080/v1",
            "GRYAG_LLM_OPENAI_BASE_URL", "http://localhost:4000/v1");
    assertThat(LlmEnvironment.of(local).providers())
        .extracting(ProviderConfig::baseUrl)
        .containsExactly(
            "http://[::1]:11434/v1", "http://127.0.0.1:8080/v1", "http://localhost:4000/v1");
    assertThat(ProviderSettings.ALL)
        .extracting(p -> p.baseUrl().parse(""))
        .as("every preset's own URL passes the rule")
        .hasSize(7);

    assertThatThrownBy(() ->
            LlmEnvironment.of(
                Map.of(
                    "GEMINI_API_KEY", "g1",
                    "GRYAG_LLM_GEMINI_BASE_URL", "http://127.0.0.1.evil.com/v1beta",
                    "GRYAG_LLM_OLLAMA_BASE_URL", "http://gpu-box:11434/v1",
                    "GRYAG_LLM_OPENAI_BASE_URL", "ftp://127.0.0.1/v1")))
        .isInstanceOfSatisfying(
            ConfigurationException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        "GRYAG_LLM_GEMINI_BASE_URL: expected https://, or http:// only to"
                            + " localhost, 127.0.0.0/8 or [::1]; plain http:// to"
                            + " 127.0.0.1.evil.com would send credentials in the clear, got"
                            + " \"http://127.0.0.1.evil.com/v1beta\"",
                        "GRYAG_LLM_OPENAI_BASE_URL: expected an http:// or https:// URL, got"
                            + " \"ftp://127.0.0.1/v1\"",
                        "GRYAG_LLM_OLLAMA_BASE_URL: expected https://, or http:// only to"
                            + " localhost, 127.0.0.0/8 or [::1]; plain http:// to gpu-box would"
                            + " send credentials in the clear, got"
                            + " \"http://gpu-box:11434/v1\""));
  }

  @Test
  void runtime_knobs_are_read_and_checked_by_key() {
    LlmRuntime runtime =
        LlmEnvironment.of(
                Map.of(
                    "GRYAG_LLM_READ_TIMEOUT", "45s",
                    "GRYAG_LLM_CALL_TIMEOUT", "PT2M",
                    "GRYAG_LLM_MAX_ATTEMPTS", "5",
                    "GRYAG_LLM_MAX_RETRY_DELAY", "1m",
                    "GRYAG_LLM_MAX_CONCURRENT_CALLS", "8",
                    "GRYAG_LLM_BREAKER_OPEN_DURATION", "10s"))
            .runtime()
            .build();

    assertThat(runtime.http().readTimeout()).isEqualTo(Duration.ofSeconds(45));
    assertThat(runtime.http().callTimeout()).isEqualTo(Duration.ofMinutes(2));
    assertThat(runtime.retry().maxAttempts()).isEqualTo(5);
    assertThat(runtime.retry().maxDelay()).isEqualTo(Duration.ofMinutes(1));
    assertThat(runtime.maxConcurrentCalls()).isEqualTo(8);
    assertThat(runtime.breaker().openDuration()).isEqualTo(Duration.ofSeconds(10));
    runtime.close();

    assertThatThrownBy(() -> LlmEnvironment.of(Map.of("GRYAG_LLM_READ_TIMEOUT", "soon")).runtime())
        .hasMessage(
            "invalid configuration: GRYAG_LLM_READ_TIMEOUT: expected a duration like 90s, 15m, 2h,"
                + " 7d, 1h30m or PT90S, got \"soon\"");
    assertThatThrownBy(() -> LlmEnvironment.of(Map.of("GRYAG_LLM_MAX_ATTEMPTS", "0")).runtime())
        .hasMessage(
            "invalid configuration: GRYAG_LLM_MAX_ATTEMPTS: expected a whole number of at least 1,"
                + " got \"0\"");
    assertThatThrownBy(
            () -> LlmEnvironment.of(Map.of("GRYAG_LLM_MAX_CONCURRENT_CALLS", "x")).runtime())
        .hasMessage(
            "invalid configuration: GRYAG_LLM_MAX_CONCURRENT_CALLS: expected a whole number of at"
                + " least 1, got \"x\"");
    assertThatThrownBy(
            () -> LlmEnvironment.of(Map.of("GRYAG_LLM_BREAKER_MIN_CALLS", "50")).runtime())
        .hasMessage(
            "GRYAG_LLM_BREAKER_MIN_CALLS must be in [1, GRYAG_LLM_BREAKER_WINDOW=10], was 50");
  }

  @Test
  void embeddings_are_off_unless_a_provider_is_named() {
    try (LlmRuntime runtime = LlmRuntime.builder().build()) {
      assertThat(LlmEnvironment.of(Map.of("GEMINI_API_KEY", "g1")).embeddingModel(runtime))
          .isEmpty();

      EmbeddingModel gemini =
          LlmEnvironment.of(Map.of("GEMINI_API_KEY", "g1", "GRYAG_EMBEDDING_PROVIDER", "gemini"))
              .embeddingModel(runtime)
              .orElseThrow();
      assertThat(gemini.dimensions()).isEqualTo(768);

      assertThatThrownBy(() ->
              LlmEnvironment.of(Map.of("GROQ_API_KEY", "gsk_1", "GRYAG_EMBEDDING_PROVIDER", "groq"))
                  .embeddingModel(runtime))
          .hasMessage(
              "GRYAG_EMBEDDING_PROVIDER: groq has no default embedding model; set"
                  + " GRYAG_EMBEDDING_MODEL and GRYAG_EMBEDDING_DIMENSIONS");
    }
  }

  @Test
  void every_bad_value_is_reported_at_once_and_no_key_is_echoed() {
    assertThatThrownBy(() ->
            LlmEnvironment.of(
                Map.of(
                    "GEMINI_API_KEY", "AIza secret with spaces",
                    "GRYAG_LLM_OPENAI_BASE_URL", "https://user:hunter2@proxy.example/v1",
                    "GRYAG_LLM_CALL_TIMEOUT", "1h30m",
                    "GRYAG_LLM_MAX_RESPONSE_BYTES", "512",
                    "GRYAG_EMBEDDING_PROVIDER", "claude")))
        .isInstanceOfSatisfying(
            ConfigurationException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        "GEMINI_API_KEY: expected one key, or several separated by commas, without"
                            + " whitespace, got a hidden value of 23 characters",
                        "GRYAG_LLM_OPENAI_BASE_URL: expected a URL without credentials (configure"
                            + " an API key instead), got \"https://user:****@proxy.example/v1\"",
                        "GRYAG_LLM_MAX_RESPONSE_BYTES: expected a size of at least 1KiB, got"
                            + " \"512\"",
                        "GRYAG_EMBEDDING_PROVIDER: expected one of none, gemini, openai, groq,"
                            + " mistral, openrouter, ollama, llamacpp, got \"claude\""));
  }

  @Test
  void sizes_and_combined_durations_use_the_one_grammar() {
    LlmRuntime runtime =
        LlmEnvironment.of(
                Map.of(
                    "GRYAG_LLM_CALL_TIMEOUT", "1m30s",
                    "GRYAG_LLM_MAX_RESPONSE_BYTES", "8MiB",
                    "GRYAG_LLM_INITIAL_BACKOFF", "1.5s"))
            .runtime()
            .build();
    assertThat(runtime.http().callTimeout()).isEqualTo(Duration.ofSeconds(90));
    assertThat(runtime.http().maxResponseBytes()).isEqualTo(8L << 20);
    assertThat(runtime.retry().initialBackoff()).isEqualTo(Duration.ofMillis(1500));
    runtime.close();
  }

  @Test
  void every_provider_has_its_key_model_and_base_url_with_the_presets_defaults() {
    assertThat(LlmSettings.all())
        .extracting(Setting::key)
        .contains(
            "GEMINI_API_KEY",
            "LLAMACPP_API_KEY",
            "GRYAG_LLM_OLLAMA_MODEL",
            "GRYAG_LLM_OPENROUTER_BASE_URL",
            "GRYAG_EMBEDDING_DIMENSIONS")
        .doesNotHaveDuplicates();
    assertThat(ProviderSettings.named("mistral").model().defaultText())
        .isEqualTo(OpenAiCompatiblePreset.MISTRAL.defaultModel());
    assertThat(ProviderSettings.named("Gemini").baseUrl().defaultText())
        .isEqualTo(GeminiConfig.DEFAULT_BASE_URL);
    assertThat(LlmSettings.all())
        .filteredOn(s -> s.key().endsWith("_API_KEY"))
        .allMatch(Setting::secret)
        .hasSize(7);
  }
}
