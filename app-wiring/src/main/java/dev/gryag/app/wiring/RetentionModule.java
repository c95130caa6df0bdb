package dev.gryag.app.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.OptionalBinder;
import dev.gryag.core.cleanup.ChatSummaryStore;
import dev.gryag.core.cleanup.CleanupService;
import dev.gryag.core.cleanup.Compactor;
import dev.gryag.core.cleanup.ExpiringMessages;
import dev.gryag.core.cleanup.LanguageModelSummarizer;
import dev.gryag.core.cleanup.RetentionPolicy;
import dev.gryag.core.cleanup.RetentionTargets;
import dev.gryag.core.llm.LanguageModel;
import dev.gryag.core.personalization.FactStore;
import dev.gryag.core.personalization.PersonalizationService;
import dev.gryag.core.personalization.ProfileStore;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The retention policy over the stores: old messages summarised through the app's language model
 * (the bot's fallback chain) before they go, members who opted out left out of the summaries, then
 * profiles, faded facts and expired summaries. Without a language model bound (a {@code gryag
 * cleanup} with no LLM key) nothing is summarised.
 */
public final class RetentionModule extends AbstractModule {

  /** Each message is cut to this many characters in a summary's transcript. */
  private static final int MESSAGE_CHARS = 300;

  private final RetentionPolicy policy;
  private final int summaryWords;

  /**
   * @param policy what is kept and for how long
   * @param summaryWords the longest summary, in words
   */
  public RetentionModule(RetentionPolicy policy, int summaryWords) {
    this.policy = policy;
    this.summaryWords = summaryWords;
  }

  @Override
  protected void configure() {
    OptionalBinder.newOptionalBinder(binder(), LanguageModel.class);
  }

  @Provides
  @Singleton
  Optional<Compactor> compactor(
      Optional<LanguageModel> model,
      ChatSummaryStore summaries,
      PersonalizationService personalization) {
    return model.map(m ->
        new Compactor(
            new LanguageModelSummarizer(m, summaryWords, MESSAGE_CHARS, ZoneOffset.UTC),
            summaries,
            personalization::optedOut));
  }

  @Provides
  @Singleton
  CleanupService cleanup(
      ExpiringMessages messages,
      ProfileStore profiles,
      FactStore facts,
      ChatSummaryStore summaries,
      Optional<Compactor> compactor,
      Clock clock) {
    return new CleanupService(
        RetentionTargets.standard(messages, profiles, facts, summaries, policy, compactor), clock);
  }
}
