package dev.gryag.adapter.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
                    "GRYAG_LLM_OLLAMA_BASE_URL", "http://gpu-box:11434/v1/",
                    "GRYAG_LLM_OLLAMA_MODEL", "qwen2.5:7b"))
            .providers();

    assertThat(providers.get(0))
        .isEqualTo(
            OpenAiCompatibleConfig.of(OpenAiCompatiblePreset.OLLAMA, List.of())
                .withBaseUrl("http://gpu-box:11434/v1")
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
        .hasMessageStartingWith("GRYAG_LLM_PROVIDERS: unknown provider 'claude'; known: gemini,");
    assertThatThrownBy(
            () -> LlmEnvironment.of(Map.of("GRYAG_LLM_PROVIDERS", "mistral")).providers())
        .hasMessage("mistral needs at least one API key (MISTRAL_API_KEY)");
    assertThatThrownBy(() ->
            LlmEnvironment.of(
                    Map.of("GEMINI_API_KEY", "g1", "GRYAG_LLM_GEMINI_BASE_URL", "nowhere"))
                .providers())
        .hasMessage(
            "GRYAG_LLM_GEMINI_BASE_URL: gemini.baseUrl must be an http(s) URL, was 'nowhere'");
    assertThatThrownBy(() ->
            LlmEnvironment.of(Map.of("GEMINI_API_KEY", "g1", "GRYAG_LLM_GEMINI_SAFETY", "HIGH"))
                .providers())
        .hasMessage("GRYAG_LLM_GEMINI_SAFETY must be a list of NAME=VALUE pairs, was 'HIGH'");
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
            "GRYAG_LLM_READ_TIMEOUT must be a duration like 30s, 500ms, 2m or PT30S, was 'soon'");
    assertThatThrownBy(() -> LlmEnvironment.of(Map.of("GRYAG_LLM_MAX_ATTEMPTS", "0")).runtime())
        .hasMessage("GRYAG_LLM_MAX_ATTEMPTS must be at least 1, was 0");
    assertThatThrownBy(
            () -> LlmEnvironment.of(Map.of("GRYAG_LLM_MAX_CONCURRENT_CALLS", "x")).runtime())
        .hasMessage("GRYAG_LLM_MAX_CONCURRENT_CALLS must be a whole number, was 'x'");
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
}
