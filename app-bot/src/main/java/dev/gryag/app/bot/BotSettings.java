package dev.gryag.app.bot;

import dev.gryag.app.bot.config.Settings;
import dev.gryag.core.cleanup.CleanupOptions;
import dev.gryag.core.cleanup.RetentionPolicy;
import dev.gryag.core.cleanup.RetentionSettings;
import dev.gryag.core.config.Configuration;
import dev.gryag.core.config.ListenAddress;
import dev.gryag.core.context.ContextBudget;
import dev.gryag.core.context.TokenEstimator;
import dev.gryag.core.conversation.ConversationConfig;
import dev.gryag.core.conversation.Phrase;
import dev.gryag.core.conversation.Phrases;
import dev.gryag.core.limits.Limit;
import dev.gryag.core.limits.RateLimits;
import dev.gryag.core.llm.GenerationSettings;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.UserId;
import dev.gryag.core.settings.AccessPolicy;
import dev.gryag.core.settings.ReplyPolicy;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Turns the bot's configuration into the core's own settings (conversation, retention). */
final class BotSettings {

  private BotSettings() {}

  static ConversationConfig conversation(Configuration config) {
    ConversationConfig conversation =
        ConversationConfig.DEFAULTS
            .withPolicy(policy(config))
            .withAccess(access(config))
            .withLimits(limits(config))
            .withContext(ContextBudget.DEFAULTS.withMaxTokens(config.get(Settings.CONTEXT_TOKENS)))
            .withGeneration(
                new GenerationSettings(
                    config.get(Settings.LLM_TEMPERATURE),
                    config.get(Settings.LLM_MAX_TOKENS),
                    null))
            .withPhrases(phrases(config))
            .withOperators(
                config.get(Settings.ADMIN_IDS).stream()
                    .map(UserId::of)
                    .collect(Collectors.toSet()));
    String persona = config.get(Settings.PERSONA);
    return persona.isBlank() ? conversation : conversation.withPersona(persona);
  }

  /**
   * Checks at start what the core would refuse at the first message: that the persona fits the
   * prompt's token budget (counted as the conversation counts it, with the standard estimator).
   *
   * @throws IllegalArgumentException naming GRYAG_PERSONA and GRYAG_CONTEXT_TOKENS when it does not
   */
  static void requirePersonaFits(Configuration config) {
    ConversationConfig conversation = conversation(config);
    ContextBudget budget = conversation.context();
    int tokens = TokenEstimator.standard().estimate(conversation.persona());
    if (tokens > budget.maxPersonaTokens()) {
      throw new IllegalArgumentException(
          (config.get(Settings.PERSONA).isBlank()
                  ? "the built-in persona (GRYAG_PERSONA unset)"
                  : "GRYAG_PERSONA")
              + " takes "
              + tokens
              + " tokens, more than the "
              + budget.maxPersonaTokens()
              + " that GRYAG_CONTEXT_TOKENS="
              + budget.maxTokens()
              + " leaves for it: raise GRYAG_CONTEXT_TOKENS to at least "
              + ContextBudget.maxTokensFor(tokens)
              + " or shorten GRYAG_PERSONA");
    }
  }

  /**
   * Where the operations port listens: GRYAG_OPS_LISTEN, else 127.0.0.1 and GRYAG_OPS_PORT; empty
   * when the port is 0 (off).
   *
   * @throws IllegalArgumentException when the two keys disagree on the port
   */
  static Optional<ListenAddress> operations(Configuration config) {
    ListenAddress address = ListenAddress.resolve(config, Settings.OPS_LISTEN, Settings.OPS_PORT);
    return address.port() == 0 ? Optional.empty() : Optional.of(address);
  }

  /** The retention policy: messages and summaries as configured, the rest at the defaults. */
  static RetentionPolicy retention(Configuration config) {
    return RetentionSettings.policy(config);
  }

  /** One scheduled cleanup run: batches of 500 within the configured budget. */
  static CleanupOptions cleanupRun(Configuration config) {
    return new CleanupOptions(
        false, CleanupOptions.DEFAULTS.batchSize(), config.get(Settings.CLEANUP_BUDGET));
  }

  private static ReplyPolicy policy(Configuration config) {
    ReplyPolicy policy =
        ReplyPolicy.DEFAULTS
            .withChances(
                config.get(Settings.RANDOM_REPLY_CHANCE),
                config.get(Settings.SMART_REPLY_CHANCE),
                ReplyPolicy.DEFAULTS.smartThreshold())
            .withUnsolicitedLimits(
                config.get(Settings.MIN_SILENCE), config.get(Settings.UNSOLICITED_PER_HOUR))
            .withStaleAfter(config.get(Settings.IGNORE_OLDER_THAN));
    List<String> extra = config.get(Settings.TRIGGER_KEYWORDS);
    if (extra.isEmpty()) {
      return policy;
    }
    String words = extra.stream().map(Pattern::quote).collect(Collectors.joining("|"));
    return policy.withKeywordPattern(
        ReplyPolicy.DEFAULT_KEYWORDS
            + "|(?iu)(?<![\\p{L}\\p{N}_])(?:"
            + words
            + ")(?![\\p{L}\\p{N}_])");
  }

  private static AccessPolicy access(Configuration config) {
    Set<ChatId> chats =
        config.get(Settings.CHAT_LIST).stream().map(ChatId::of).collect(Collectors.toSet());
    return switch (config.get(Settings.ACCESS_MODE)) {
      case ALL -> AccessPolicy.ALL;
      case ALLOW_LIST -> AccessPolicy.allowOnly(chats);
      case DENY_LIST -> AccessPolicy.denyOnly(chats);
    };
  }

  private static RateLimits limits(Configuration config) {
    int perChat = config.get(Settings.CHAT_REPLIES_PER_HOUR);
    int global = config.get(Settings.GLOBAL_REPLIES_PER_HOUR);
    return new RateLimits(
        Limit.perHour(config.get(Settings.USER_REPLIES_PER_HOUR), config.get(Settings.USER_BURST)),
        Limit.perHour(
            perChat, Math.max(1, Math.min(perChat, RateLimits.DEFAULTS.perChat().burst()))),
        Limit.perHour(global, Math.max(1, Math.min(global, RateLimits.DEFAULTS.global().burst()))),
        Limit.perMinute(config.get(Settings.USER_COMMANDS_PER_MINUTE)));
  }

  private static Phrases phrases(Configuration config) {
    return switch (config.get(Settings.FAILURE_REPLY)) {
      case SHORT_LINE -> Phrases.defaults();
      case SILENCE -> Phrases.defaults().with(Phrase.FAILURE, "");
    };
  }
}
