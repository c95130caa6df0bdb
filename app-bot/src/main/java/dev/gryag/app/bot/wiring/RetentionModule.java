package dev.gryag.app.bot.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
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
 * The retention policy over the stores: old messages summarised through the bot's language model
 * (its fallback chain) before they go, members who opted out left out of the summaries, then
 * profiles, faded facts and expired summaries.
 */
public final class RetentionModule extends AbstractModule {

  /** Each message is cut to this many characters in a summary's transcript. */
  private static final int MESSAGE_CHARS = 300;

  private final RetentionPolicy policy;
  private final int summaryWords;

  public RetentionModule(RetentionPolicy policy, int summaryWords) {
    this.policy = policy;
    this.summaryWords = summaryWords;
  }

  @Provides
  @Singleton
  Compactor compactor(
      LanguageModel model, ChatSummaryStore summaries, PersonalizationService personalization) {
    return new Compactor(
        new LanguageModelSummarizer(model, summaryWords, MESSAGE_CHARS, ZoneOffset.UTC),
        summaries,
        personalization::optedOut);
  }

  @Provides
  @Singleton
  CleanupService cleanup(
      ExpiringMessages messages,
      ProfileStore profiles,
      FactStore facts,
      ChatSummaryStore summaries,
      Compactor compactor,
      Clock clock) {
    return new CleanupService(
        RetentionTargets.standard(
            messages, profiles, facts, summaries, policy, Optional.of(compactor)),
        clock);
  }
}
