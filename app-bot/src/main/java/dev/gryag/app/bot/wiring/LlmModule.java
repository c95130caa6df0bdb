package dev.gryag.app.bot.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.gryag.adapter.llm.LlmEnvironment;
import dev.gryag.adapter.llm.LlmRuntime;
import dev.gryag.app.bot.ops.BotMetrics;
import dev.gryag.app.bot.ops.ModelTime;
import dev.gryag.core.llm.LanguageModel;

/** The language models: the configured providers as one fallback chain. */
public final class LlmModule extends AbstractModule {

  private final LlmEnvironment environment;

  public LlmModule(LlmEnvironment environment) {
    this.environment = environment;
  }

  @Provides
  @Singleton
  LlmRuntime runtime(BotMetrics metrics) {
    return environment.runtime().metrics(metrics).build();
  }

  @Provides
  @Singleton
  LanguageModel languageModel(LlmRuntime runtime) {
    return new ModelTime(runtime.fallbackChain(environment.providers()));
  }
}
