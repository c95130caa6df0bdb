package dev.gryag.core.conversation;

import dev.gryag.core.StoreException;
import dev.gryag.core.analyzer.Analysis;
import dev.gryag.core.analyzer.TextAnalyzer;
import dev.gryag.core.context.ContextAssembler;
import dev.gryag.core.context.MessageStore;
import dev.gryag.core.forgetting.InMemoryTombstones;
import dev.gryag.core.forgetting.MemberMentions;
import dev.gryag.core.limits.RateDecision;
import dev.gryag.core.limits.RateLimiter;
import dev.gryag.core.llm.LanguageModel;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.Role;
import dev.gryag.core.settings.ChatSettings;
import dev.gryag.core.settings.ChatSettingsStore;
import dev.gryag.core.settings.Trigger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The inbound use case: what happens to each message that arrives in a chat.
 *
 * <ol>
 *   <li>Chats the {@link dev.gryag.core.settings.AccessPolicy} excludes are ignored outright; an
 *       edit updates the stored message and is never answered.
 *   <li>A message whose author was forgotten as of its time or later ({@link MemberForgetting}: a
 *       late or redelivered update) is {@link Outcome.Ignored.Reason#FORGOTTEN}: not stored. The
 *       message is analysed and stored, idempotently: a redelivery is {@link
 *       Outcome.Ignored.Reason#DUPLICATE} and changes nothing; a member who opted out is still
 *       answered, but nothing of theirs is stored.
 *   <li>It is folded into the author's profile through {@link MemberMemory} (not for bots, banned
 *       members, or members who opted out).
 *   <li>The decision: the bot's own and other bots' messages, banned members and stale messages are
 *       ignored; built-in commands run, within the member's command rate limit; in an inactive chat
 *       nothing else happens; then the addressed {@link Trigger triggers}, and in groups the
 *       unsolicited ones.
 *   <li>An answer passes the rate limits, is built from the context, asked of the {@link
 *       dev.gryag.core.llm.LanguageModel}, cleaned up, and
 *   <li>handed to the {@link MessageSender}; what was delivered is stored as the bot's own.
 * </ol>
 *
 * <p>Admins run the admin commands and bypass every rate limit: the bot's owners ({@link
 * ConversationConfig#operators()}) everywhere, anonymous admins writing as the group, and whoever
 * {@link ChatAdministrators} names for the group, asked only when a rule needs to know.
 *
 * <p>Failures: a storage failure up to the decision (storing the message, reading the chat's
 * settings) throws {@link StoreException}; the caller should retry the delivery later, and a
 * message stored before the failure then counts as a duplicate. Everything after that is contained:
 * a failing language model or sender gives {@link Outcome.Unanswered}, a failing profile update is
 * logged, and the stored message is never lost.
 *
 * <p>Thread-safe. Messages of different chats may be handled in parallel; one chat's messages
 * should be handed over in order, one at a time (see {@link ChatLanes}).
 */
public final class ConversationService {

  private static final System.Logger LOG = System.getLogger(ConversationService.class.getName());
  private static final int MAX_TRACKED_CHATS = 10_000;

  private final BotIdentity bot;
  private final MessageStore messages;
  private final PendingAnswers pendingAnswers;
  private final Duration resumeMaxAge;
  private final ChatSettingsStore settings;
  private final MemberMemory memory;
  private final MemberForgetting forgetting;
  private final TextAnalyzer analyzer;
  private final ConversationConfig config;
  private final ChatAdministrators administrators;
  private final Clock clock;
  private final RandomGenerator random;
  private final ChatPulses pulses = new ChatPulses(MAX_TRACKED_CHATS);
  private final RateLimiter limiter;
  private final AddressDetector detector;
  private final Commands commands;
  private final Delivery delivery;
  private final Responder responder;

  ConversationService(ConversationServiceBuilder parts, ContextAssembler assembler) {
    this.bot = parts.bot;
    this.messages = parts.messages;
    this.pendingAnswers =
        parts.pendingAnswers != null ? parts.pendingAnswers : new InMemoryPendingAnswers(messages);
    this.resumeMaxAge = parts.resumeMaxAge;
    this.settings = parts.settings;
    this.memory = parts.memory;
    this.forgetting =
        parts.forgetting != null
            ? parts.forgetting
            : new MemberForgetting(messages, memory, new InMemoryTombstones(), MemberMentions.NONE);
    this.analyzer = parts.analyzer;
    this.config = parts.config;
    this.administrators = parts.administrators;
    this.clock = parts.clock;
    this.random = parts.random;
    this.limiter = new RateLimiter(config.limits(), clock);
    this.detector = new AddressDetector(bot, messages);
    this.commands = new Commands(messages, settings, memory, forgetting, assembler, config, bot);
    this.delivery =
        new Delivery(parts.sender, messages, pendingAnswers, parts.chatChanges, bot, pulses);
    this.responder = new Responder(assembler, parts.model, parts.sender, delivery, config, bot);
  }

  /**
   * Starts wiring a service from the four parts it cannot do without; everything else has a default
   * the builder documents.
   */
  public static ConversationServiceBuilder builder(
      BotIdentity bot, MessageStore messages, LanguageModel model, MessageSender sender) {
    return new ConversationServiceBuilder(bot, messages, model, sender);
  }

  /**
   * Handles one incoming message (see the class description for the steps): {@link #accept} then
   * {@link #respond}.
   *
   * @return what was done; never null
   * @throws StoreException when the message could not be stored: retry the delivery later
   */
  public Outcome onMessage(IncomingMessage in) {
    return respond(accept(in));
  }

  /**
   * The durable first half of {@link #onMessage}: the access check, analysis and storing (steps 1
   * and 2). When it returns, the message is stored, so a receiver may acknowledge the update and
   * run {@link #respond} later, in the chat's lane. A message that addresses the bot is stored with
   * a {@link PendingAnswer} in the same transaction: if the process dies before the answer, {@link
   * #resume} finds it. A message of a member who opted out is not stored (nor is its answer owed
   * durably), and one written before its author was forgotten is settled unstored.
   *
   * @throws StoreException when the message could not be stored: retry the delivery later
   */
  public Accepted accept(IncomingMessage in) {
    Objects.requireNonNull(in, "in");
    if (!config.access().allows(in.chat().id())) {
      return Accepted.settled(in, ignored(Outcome.Ignored.Reason.CHAT_NOT_ALLOWED));
    }
    ChatMessage message = Arrivals.normalise(in.message(), bot);
    if (forgetting.buried(message)) {
      return Accepted.settled(in, ignored(Outcome.Ignored.Reason.FORGOTTEN));
    }
    if (in.edited()) {
      return Accepted.settled(in, onEdit(message));
    }
    Analysis analysis = analyzer.analyze(message.text());
    Trigger owed = owedAnswer(in, message, analysis);
    if (keepsNothingOf(message)) {
      return Accepted.unstored(in, message, analysis, owed);
    }
    if (owed == null) {
      return messages.append(message)
          ? Accepted.stored(in, message, analysis, null, null)
          : Accepted.settled(in, ignored(Outcome.Ignored.Reason.DUPLICATE));
    }
    Instant now = clock.instant();
    PendingAnswer pending =
        new PendingAnswer(in.chat(), message.messageId(), owed, now, now.plus(resumeMaxAge));
    return pendingAnswers.appendAwaiting(message, pending)
        ? Accepted.stored(in, message, analysis, owed, pending)
        : Accepted.settled(in, ignored(Outcome.Ignored.Reason.DUPLICATE));
  }

  /**
   * The second half of {@link #onMessage}: profile folding, the decision, and the reply (steps 3 to
   * 6) for a message {@link #accept} stored; a settled acceptance returns its outcome at once. The
   * message's pending answer is cleared once the decision is carried out (with the answer's
   * messages, when there is one), unless shutdown interrupted it.
   *
   * @throws StoreException when reading what the decision needs failed; the pending answer stays
   */
  public Outcome respond(Accepted accepted) {
    Objects.requireNonNull(accepted, "accepted");
    if (accepted.settled() != null) {
      return accepted.settled();
    }
    Outcome outcome = afterStoring(accepted);
    if (accepted.pending() != null && !delivered(outcome) && !interrupted(outcome)) {
      pendingAnswers.clear(accepted.message().ref());
    }
    return outcome;
  }

  /**
   * The answers a previous run decided to give and did not (it crashed, or was stopped mid-answer),
   * oldest first, to run through {@link #respond} in their chats' lanes before new messages. Those
   * past their deadline are cleared and counted instead, with a log line each; those whose message
   * is gone (forgotten, moved, cleaned up) are cleared.
   *
   * @param limit the most to resume at once
   * @throws StoreException when the pending answers cannot be read
   */
  public Resumption resume(int limit) {
    return Resumption.find(pendingAnswers, messages, analyzer, clock.instant(), limit);
  }

  /**
   * The answer this message is owed, known when it arrives: a built-in command for this bot, or an
   * enabled trigger that addresses it in an active chat. Null when it is owed none (the decision
   * may still answer it unsolicited, which no one waits for).
   */
  private Trigger owedAnswer(IncomingMessage in, ChatMessage message, Analysis analysis) {
    if (message.role() == Role.BOT || message.author().isBot()) {
      return null;
    }
    ChatSettings chatSettings = settings.get(message.chatId());
    if (chatSettings.isBanned(message.author().id())) {
      return null;
    }
    Inbound inbound = inbound(in, message, analysis, chatSettings, null);
    if (Arrivals.stale(inbound)) {
      return null;
    }
    Command command = Command.parse(message.text()).orElse(null);
    if (command != null && !command.isFor(bot)) {
      return null;
    }
    if (command != null && commands.handles(command.name())) {
      return Trigger.COMMAND;
    }
    return chatSettings.active() ? detector.detect(inbound, command) : null;
  }

  private Outcome afterStoring(Accepted accepted) {
    ChatMessage message = accepted.message();
    Analysis analysis = accepted.analysis();
    if (message.role() == Role.BOT) {
      return ignored(Outcome.Ignored.Reason.OWN_MESSAGE);
    }
    pulses.of(message.chatId()).record(message.sentAt(), message.author().id(), analysis);
    if (message.author().isBot()) {
      return ignored(Outcome.Ignored.Reason.FROM_BOT);
    }
    ChatSettings chatSettings = settings.get(message.chatId());
    if (chatSettings.isBanned(message.author().id())) {
      return ignored(Outcome.Ignored.Reason.BANNED);
    }
    observe(message, analysis);
    IncomingMessage in = accepted.incoming();
    Inbound inbound = inbound(in, message, analysis, chatSettings, accepted.pending());
    if (!accepted.isResumed() && Arrivals.stale(inbound)) {
      return ignored(Outcome.Ignored.Reason.STALE);
    }
    return decide(inbound, accepted.trigger());
  }

  private Inbound inbound(
      IncomingMessage in,
      ChatMessage message,
      Analysis analysis,
      ChatSettings chatSettings,
      PendingAnswer pending) {
    return new Inbound(
        in,
        message,
        analysis,
        chatSettings,
        chatSettings.policyOr(config.policy()),
        new AdminCheck(in, config.operators(), administrators),
        clock.instant(),
        pending);
  }

  /** The decision, given what addressed the bot when the message was stored (null: nothing). */
  private Outcome decide(Inbound inbound, Trigger addressed) {
    Command command = Command.parse(inbound.message().text()).orElse(null);
    if (command != null && !command.isFor(bot)) {
      return ignored(Outcome.Ignored.Reason.NOT_ADDRESSED);
    }
    if (command != null && commands.handles(command.name())) {
      return runCommand(inbound, command);
    }
    if (!inbound.settings().active()) {
      return ignored(Outcome.Ignored.Reason.CHAT_INACTIVE);
    }
    // Found when the message was stored, or now: a reply to an answer the lane stored after it.
    Trigger trigger = addressed != null ? addressed : detector.detect(inbound, command);
    if (trigger != null) {
      return answerAddressed(inbound, trigger);
    }
    if (!inbound.in().chat().kind().isGroup()) {
      return ignored(Outcome.Ignored.Reason.NOT_ADDRESSED);
    }
    return answerUnsolicited(inbound);
  }

  private Outcome runCommand(Inbound inbound, Command command) {
    if (!inbound.admin()) {
      RateDecision decision = limiter.acquireCommand(inbound.message().author().id());
      if (decision instanceof RateDecision.Limited limited) {
        return rateLimited(inbound, limited);
      }
    }
    String response = commands.run(command, inbound);
    boolean delivered = delivery.answer(inbound, response).isPresent();
    return new Outcome.CommandHandled(command.name(), response, delivered);
  }

  private Outcome answerAddressed(Inbound inbound, Trigger trigger) {
    if (!inbound.admin()) {
      RateDecision decision = limiter.acquire(inbound.chat(), inbound.message().author().id());
      if (decision instanceof RateDecision.Limited limited) {
        return rateLimited(inbound, limited);
      }
    }
    return responder.answer(inbound, trigger);
  }

  private Outcome rateLimited(Inbound inbound, RateDecision.Limited limited) {
    boolean sent = false;
    Phrase phrase =
        limited.scope() == RateDecision.Scope.COMMANDS
            ? Phrase.COMMANDS_LIMITED
            : Phrase.RATE_LIMITED;
    if (limited.tellRequester() && !config.phrases().silent(phrase)) {
      long minutes = Math.max(1, (limited.retryAfter().toSeconds() + 59) / 60);
      String notice = config.phrases().say(phrase, minutes);
      sent = delivery.answer(inbound, notice).isPresent();
    }
    return new Outcome.RateLimited(limited.scope(), sent);
  }

  private Outcome answerUnsolicited(Inbound inbound) {
    ChatPulse pulse = pulses.of(inbound.chat());
    UnsolicitedReplies.Verdict verdict =
        UnsolicitedReplies.decide(inbound, pulse, random.nextDouble());
    if (verdict.trigger() == null) {
      return ignored(verdict.silence());
    }
    pulse.unsolicitedReply(inbound.now());
    return responder.answer(inbound, verdict.trigger());
  }

  private Outcome onEdit(ChatMessage message) {
    Instant at = message.editedAt() != null ? message.editedAt() : clock.instant();
    boolean changed = messages.edit(message.ref(), message.text(), message.entities(), at);
    if (!changed && messages.find(message.ref()).isEmpty() && !keepsNothingOf(message)) {
      messages.append(message.editedAt(at));
    }
    return ignored(Outcome.Ignored.Reason.EDITED);
  }

  /** True for a member's message when the member opted out: nothing of theirs is stored. */
  private boolean keepsNothingOf(ChatMessage message) {
    return message.role() == Role.USER
        && !message.author().isBot()
        && memory.optedOut(message.chatId(), message.author().id());
  }

  private void observe(ChatMessage message, Analysis analysis) {
    try {
      if (!memory.optedOut(message.chatId(), message.author().id())) {
        memory.observe(message, analysis);
      }
    } catch (StoreException e) {
      LOG.log(Level.WARNING, "could not fold " + message.ref() + " into its author's profile", e);
    }
  }

  /** True when the outcome delivered a message, which cleared the pending answer with it. */
  private static boolean delivered(Outcome outcome) {
    return switch (outcome) {
      case Outcome.Replied r -> true;
      case Outcome.CommandHandled c -> c.delivered();
      case Outcome.RateLimited l -> l.noticeSent();
      case Outcome.Unanswered u -> u.fallbackSent();
      case Outcome.Ignored i -> false;
    };
  }

  /** True when shutdown cut the answer short: it stays pending for the next run. */
  private static boolean interrupted(Outcome outcome) {
    return outcome instanceof Outcome.Unanswered u
        && u.failure() == Outcome.Unanswered.Failure.INTERRUPTED;
  }

  private static Outcome ignored(Outcome.Ignored.Reason reason) {
    return new Outcome.Ignored(reason);
  }
}
