package dev.gryag.app.cli.cleanup;

import dev.gryag.adapter.llm.LlmEnvironment;
import dev.gryag.adapter.llm.LlmRuntime;
import dev.gryag.adapter.llm.ProviderConfig;
import dev.gryag.core.llm.LanguageModel;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine;

/**
 * The language model {@code gryag cleanup} summarises old messages with: the bot's providers as one
 * fallback chain, read from the same keys ({@code GEMINI_API_KEY}, {@code GRYAG_LLM_PROVIDERS}, …),
 * or none when no provider is configured.
 */
final class CleanupModel implements AutoCloseable {

  private final LlmRuntime runtime;
  private final LanguageModel model;
  private final String providers;

  private CleanupModel(LlmRuntime runtime, LanguageModel model, String providers) {
    this.runtime = runtime;
    this.model = model;
    this.providers = providers;
  }

  /**
   * The configured model, if any; a bad LLM key is a usage error naming it.
   *
   * @throws CommandLine.ParameterException when the LLM keys are invalid
   */
  static Optional<CleanupModel> open(CommandLine cli, Map<String, String> environment) {
    List<ProviderConfig> configs;
    LlmRuntime runtime;
    try {
      LlmEnvironment llm = LlmEnvironment.of(environment);
      if (!llm.anyProvider()) {
        return Optional.empty();
      }
      configs = llm.providers();
      runtime = llm.runtime().build();
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cli, e.getMessage());
    }
    String names = configs.stream().map(ProviderConfig::name).collect(Collectors.joining(", "));
    return Optional.of(new CleanupModel(runtime, runtime.fallbackChain(configs), names));
  }

  LanguageModel model() {
    return model;
  }

  /** The providers in fallback order, e.g. {@code gemini, openai}. */
  String providers() {
    return providers;
  }

  @Override
  public void close() {
    runtime.close();
  }
}
