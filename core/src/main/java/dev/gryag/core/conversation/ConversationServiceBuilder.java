package dev.gryag.core.conversation;

import dev.gryag.core.analyzer.Analysis;
import dev.gryag.core.analyzer.TextAnalyzer;
import dev.gryag.core.context.ContextAssembler;
import dev.gryag.core.context.MessageStore;
import dev.gryag.core.context.SummarySource;
import dev.gryag.core.context.TokenEstimator;
import dev.gryag.core.forgetting.InMemoryTombstones;
import dev.gryag.core.forgetting.MemberMentions;
import dev.gryag.core.llm.LanguageModel;
import dev.gryag.core.settings.ChatSettingsStore;
import dev.gryag.core.settings.InMemoryChatSettingsStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Random;
import java.util.random.RandomGenerator;

/**
 * Wires a {@link ConversationService}; made by {@link ConversationService#builder}. Every part not
 * set keeps the default its setter names.
 */
public final class ConversationServiceBuilder {

  final BotIdentity bot;
  final MessageStore messages;
  final LanguageModel model;
  final MessageSender sender;
  ChatSettingsStore settings = new InMemoryChatSettingsStore();
  MemberMemory memory = MemberMemory.NONE;
  TextAnalyzer analyzer = text -> Analysis.EMPTY;
  SummarySource summaries = SummarySource.NONE;
  TokenEstimator estimator = TokenEstimator.standard();
  ConversationConfig config = ConversationConfig.DEFAULTS;
  ChatAdministrators administrators = ChatAdministrators.NONE;
  ChatChanges chatChanges = ChatChanges.NONE;
  Clock clock = Clock.systemUTC();
  RandomGenerator random = new Random();
  PendingAnswers pendingAnswers;
  MemberForgetting forgetting;
  Duration resumeMaxAge = DEFAULT_RESUME_MAX_AGE;

  /** How long an answer stays worth giving after a crash, unless {@link #resumeMaxAge} says. */
  public static final Duration DEFAULT_RESUME_MAX_AGE = Duration.ofMinutes(10);

  ConversationServiceBuilder(
      BotIdentity bot, MessageStore messages, LanguageModel model, MessageSender sender) {
    this.bot = Objects.requireNonNull(bot, "bot");
    this.messages = Objects.requireNonNull(messages, "messages");
    this.model = Objects.requireNonNull(model, "model");
    this.sender = Objects.requireNonNull(sender, "sender");
  }

  /** Where chat settings live; default: a new {@link InMemoryChatSettingsStore}. */
  public ConversationServiceBuilder settings(ChatSettingsStore store) {
    this.settings = Objects.requireNonNull(store, "settings");
    return this;
  }

  /** What the bot remembers of members; default: {@link MemberMemory#NONE}. */
  public ConversationServiceBuilder memory(MemberMemory memberMemory) {
    this.memory = Objects.requireNonNull(memberMemory, "memory");
    return this;
  }

  /**
   * How messages are analysed; default: every message reads as {@link Analysis#EMPTY}, which leaves
   * smart replies without signal. Pass the local analyzer for real use.
   */
  public ConversationServiceBuilder analyzer(TextAnalyzer textAnalyzer) {
    this.analyzer = Objects.requireNonNull(textAnalyzer, "analyzer");
    return this;
  }

  /** Where chat summaries come from; default: {@link SummarySource#NONE}. */
  public ConversationServiceBuilder summaries(SummarySource source) {
    this.summaries = Objects.requireNonNull(source, "summaries");
    return this;
  }

  /** How prompt size is estimated; default: {@link TokenEstimator#standard()}. */
  public ConversationServiceBuilder tokenEstimator(TokenEstimator tokenEstimator) {
    this.estimator = Objects.requireNonNull(tokenEstimator, "tokenEstimator");
    return this;
  }

  /** Behaviour everywhere; default: {@link ConversationConfig#DEFAULTS}. */
  public ConversationServiceBuilder config(ConversationConfig conversationConfig) {
    this.config = Objects.requireNonNull(conversationConfig, "config");
    return this;
  }

  /** Shorthand for {@link #config} with another global persona. */
  public ConversationServiceBuilder persona(String persona) {
    this.config = config.withPersona(persona);
    return this;
  }

  /**
   * How members are forgotten ({@code /forget}, {@code /optout}) and whose late messages stay out;
   * build it over the same message store and memory as the service, with the tombstones and the
   * summaries the bot keeps. Default: one over the service's message store and memory, with {@link
   * InMemoryTombstones} and {@link MemberMentions#NONE} (no summaries to drop).
   */
  public ConversationServiceBuilder forgetting(MemberForgetting memberForgetting) {
    this.forgetting = Objects.requireNonNull(memberForgetting, "forgetting");
    return this;
  }

  /**
   * Where the answers the bot owes are kept, atomically with the messages they answer: the same
   * database as the message store. Default: {@link InMemoryPendingAnswers} over the message store.
   */
  public ConversationServiceBuilder pendingAnswers(PendingAnswers store) {
    this.pendingAnswers = Objects.requireNonNull(store, "pendingAnswers");
    return this;
  }

  /**
   * How long after a message arrives its answer is still given by a later run, should this one
   * crash first; default {@link #DEFAULT_RESUME_MAX_AGE}.
   *
   * @throws IllegalArgumentException when not positive
   */
  public ConversationServiceBuilder resumeMaxAge(Duration maxAge) {
    Objects.requireNonNull(maxAge, "resumeMaxAge");
    if (maxAge.isNegative() || maxAge.isZero()) {
      throw new IllegalArgumentException("resumeMaxAge must be positive, was " + maxAge);
    }
    this.resumeMaxAge = maxAge;
    return this;
  }

  /**
   * Who administers each group, as the platform says; default: {@link ChatAdministrators#NONE},
   * which leaves only the bot's owners ({@link ConversationConfig#operators()}), anonymous admins
   * and messages flagged {@link IncomingMessage#authorIsAdmin()} as admins.
   */
  public ConversationServiceBuilder administrators(ChatAdministrators chatAdministrators) {
    this.administrators = Objects.requireNonNull(chatAdministrators, "administrators");
    return this;
  }

  /**
   * Who is told what sending found out about a chat: the bot can no longer write there, or the
   * group became a supergroup. Default: {@link ChatChanges#NONE}, which records neither; pass the
   * {@code ChatAvailability} of {@code dev.gryag.core.chats} to mark a gone chat inactive and to
   * move a group's history to its supergroup.
   */
  public ConversationServiceBuilder chatChanges(ChatChanges changes) {
    this.chatChanges = Objects.requireNonNull(changes, "chatChanges");
    return this;
  }

  /** Where time comes from; default: {@link Clock#systemUTC()}. */
  public ConversationServiceBuilder clock(Clock source) {
    this.clock = Objects.requireNonNull(source, "clock");
    return this;
  }

  /**
   * Where the chances of unsolicited replies are drawn from; it must be thread-safe. Default: a new
   * {@link Random}.
   */
  public ConversationServiceBuilder random(RandomGenerator source) {
    this.random = Objects.requireNonNull(source, "random");
    return this;
  }

  /**
   * The prompt builder the service would use, over the same store, member memory, summaries,
   * estimator and budget: for measuring the bot's own context assembly (gryag bench memory).
   */
  public ContextAssembler contextAssembler() {
    return new ContextAssembler(messages, memory::describe, summaries, estimator, config.context());
  }

  /**
   * The service.
   *
   * @throws IllegalArgumentException when the persona is too big for the context budget
   */
  public ConversationService build() {
    ContextAssembler assembler = contextAssembler();
    int personaTokens = assembler.cost(config.persona());
    if (personaTokens > assembler.maxPersonaTokens()) {
      throw new IllegalArgumentException(
          "persona takes "
              + personaTokens
              + " tokens; context.maxTokens="
              + config.context().maxTokens()
              + " allows at most "
              + assembler.maxPersonaTokens());
    }
    return new ConversationService(this, assembler);
  }
}
