package dev.gryag.core.conversation;

import dev.gryag.core.StoreException;
import dev.gryag.core.analyzer.Analysis;
import dev.gryag.core.analyzer.TextAnalyzer;
import dev.gryag.core.context.ContextAssembler;
import dev.gryag.core.context.MessageStore;
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
import java.time.Instant;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The inbound use case: what happens to each message that arrives in a chat.
 *
 * <ol>
 *   <li>Chats the {@link dev.gryag.core.settings.AccessPolicy} excludes are ignored outright; an
 *       edit updates the stored message and is never answered.
 *   <li>The message is analysed and stored, idempotently: a redelivery is {@link
 *       Outcome.Ignored.Reason#DUPLICATE} and changes nothing.
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
  private final ChatSettingsStore settings;
  private final MemberMemory memory;
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
    this.settings = parts.settings;
    this.memory = parts.memory;
    this.analyzer = parts.analyzer;
    this.config = parts.config;
    this.administrators = parts.administrators;
    this.clock = parts.clock;
    this.random = parts.random;
    this.limiter = new RateLimiter(config.limits(), clock);
    this.detector = new AddressDetector(bot, messages);
    this.commands = new Commands(messages, settings, memory, assembler, config, bot);
    this.delivery = new Delivery(parts.sender, messages, settings, bot, pulses);
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
   * run {@link #respond} later, in the chat's lane.
   *
   * @throws StoreException when the message could not be stored: retry the delivery later
   */
  public Accepted accept(IncomingMessage in) {
    Objects.requireNonNull(in, "in");
    if (!config.access().allows(in.chat().id())) {
      return Accepted.settled(in, ignored(Outcome.Ignored.Reason.CHAT_NOT_ALLOWED));
    }
    ChatMessage message = Arrivals.normalise(in.message(), bot);
    if (in.edited()) {
      return Accepted.settled(in, onEdit(message));
    }
    Analysis analysis = analyzer.analyze(message.text());
    if (!messages.append(message)) {
      return Accepted.settled(in, ignored(Outcome.Ignored.Reason.DUPLICATE));
    }
    return Accepted.stored(in, message, analysis);
  }

  /**
   * The second half of {@link #onMessage}: profile folding, the decision, and the reply (steps 3 to
   * 6) for a message {@link #accept} stored; a settled acceptance returns its outcome at once.
   */
  public Outcome respond(Accepted accepted) {
    Objects.requireNonNull(accepted, "accepted");
    if (accepted.settled() != null) {
      return accepted.settled();
    }
    return afterStoring(accepted.incoming(), accepted.message(), accepted.analysis());
  }

  private Outcome afterStoring(IncomingMessage in, ChatMessage message, Analysis analysis) {
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
    return decide(
        new Inbound(
            in,
            message,
            analysis,
            chatSettings,
            chatSettings.policyOr(config.policy()),
            new AdminCheck(in, config.operators(), administrators),
            clock.instant()));
  }

  private Outcome decide(Inbound inbound) {
    if (Arrivals.stale(inbound)) {
      return ignored(Outcome.Ignored.Reason.STALE);
    }
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
    Trigger trigger = detector.detect(inbound, command);
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
    if (!changed && messages.find(message.ref()).isEmpty()) {
      messages.append(message.editedAt(at));
    }
    return ignored(Outcome.Ignored.Reason.EDITED);
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

  private static Outcome ignored(Outcome.Ignored.Reason reason) {
    return new Outcome.Ignored(reason);
  }
}
