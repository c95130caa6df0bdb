package dev.gryag.app.bot.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.gryag.core.analyzer.LocalAnalyzer;
import dev.gryag.core.analyzer.TextAnalyzer;
import dev.gryag.core.chats.ChatAvailability;
import dev.gryag.core.chats.ChatMigrations;
import dev.gryag.core.cleanup.ChatSummaryStore;
import dev.gryag.core.context.MessageStore;
import dev.gryag.core.context.SummarySource;
import dev.gryag.core.conversation.BotIdentity;
import dev.gryag.core.conversation.ChatAdministrators;
import dev.gryag.core.conversation.ChatLanes;
import dev.gryag.core.conversation.ConversationConfig;
import dev.gryag.core.conversation.ConversationService;
import dev.gryag.core.conversation.MemberForgetting;
import dev.gryag.core.conversation.MemberMemory;
import dev.gryag.core.conversation.MessageSender;
import dev.gryag.core.conversation.PendingAnswers;
import dev.gryag.core.llm.LanguageModel;
import dev.gryag.core.personalization.FactStore;
import dev.gryag.core.personalization.PersonalizationService;
import dev.gryag.core.personalization.PreferenceStore;
import dev.gryag.core.personalization.ProfileStore;
import dev.gryag.core.settings.ChatSettingsStore;
import java.time.Clock;
import java.time.Duration;

/**
 * The bot's own core services: its clock, the analyzer, the conversation use case, the per-chat
 * lanes and the one owner of chat availability. The stores, personalization and retention come from
 * the modules the command line shares ({@code dev.gryag.app.wiring}).
 */
public final class CoreModule extends AbstractModule {

  private final ConversationConfig conversation;
  private final int queuedUpdates;
  private final Duration resumeMaxAge;

  /**
   * @param conversation how the bot behaves
   * @param queuedUpdates the most droppable messages waiting in the chat lanes
   * @param resumeMaxAge how long after a crash a question is still answered
   */
  public CoreModule(ConversationConfig conversation, int queuedUpdates, Duration resumeMaxAge) {
    this.conversation = conversation;
    this.queuedUpdates = queuedUpdates;
    this.resumeMaxAge = resumeMaxAge;
  }

  @Provides
  @Singleton
  Clock clock() {
    return Clock.systemUTC();
  }

  @Provides
  @Singleton
  TextAnalyzer analyzer() {
    return LocalAnalyzer.withDefaults();
  }

  @Provides
  @Singleton
  ChatLanes lanes() {
    return new ChatLanes(Math.max(1, queuedUpdates / 10), queuedUpdates);
  }

  @Provides
  @Singleton
  ChatMigrations migrations(
      ChatSettingsStore settings,
      PreferenceStore preferences,
      MessageStore messages,
      ProfileStore profiles,
      FactStore facts,
      ChatSummaryStore summaries) {
    return new ChatMigrations(settings, preferences, messages, profiles, facts, summaries);
  }

  @Provides
  @Singleton
  ChatAvailability availability(
      ChatSettingsStore settings, ChatMigrations migrations, ChatLanes lanes) {
    return new ChatAvailability(settings, migrations, lanes);
  }

  @Provides
  MemberMemory memory(PersonalizationService personalization) {
    return personalization;
  }

  /** The prompt's chat summaries: those compaction stored. */
  @Provides
  SummarySource summaries(ChatSummaryStore store) {
    return store::recent;
  }

  @Provides
  @Singleton
  ConversationService conversation(
      BotIdentity bot,
      MessageStore messages,
      PendingAnswers pendingAnswers,
      ChatSettingsStore settings,
      MemberMemory memory,
      MemberForgetting forgetting,
      SummarySource summaries,
      LanguageModel model,
      MessageSender sender,
      ChatAdministrators administrators,
      ChatAvailability availability,
      TextAnalyzer analyzer,
      Clock clock) {
    return ConversationService.builder(bot, messages, model, sender)
        .pendingAnswers(pendingAnswers)
        .resumeMaxAge(resumeMaxAge)
        .settings(settings)
        .administrators(administrators)
        .chatChanges(availability)
        .memory(memory)
        .forgetting(forgetting)
        .summaries(summaries)
        .analyzer(analyzer)
        .config(conversation)
        .clock(clock)
        .build();
  }
}
