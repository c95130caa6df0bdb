package dev.gryag.core.conversation;

import dev.gryag.core.context.AssembledContext;
import dev.gryag.core.context.ContextAssembler;
import dev.gryag.core.context.ContextRequest;
import dev.gryag.core.llm.Completion;
import dev.gryag.core.llm.LanguageModel;
import dev.gryag.core.llm.LanguageModelException;
import dev.gryag.core.settings.Trigger;
import java.lang.System.Logger.Level;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Answers a message through the language model: builds the prompt, asks the model while the chat
 * shows "typing…", shapes and delivers the answer, or handles the failure as configured.
 */
final class Responder {

  private static final System.Logger LOG = System.getLogger(Responder.class.getName());

  private final ContextAssembler assembler;
  private final LanguageModel model;
  private final MessageSender sender;
  private final Delivery delivery;
  private final ConversationConfig config;
  private final Pattern selfLabel;

  Responder(
      ContextAssembler assembler,
      LanguageModel model,
      MessageSender sender,
      Delivery delivery,
      ConversationConfig config,
      BotIdentity bot) {
    this.assembler = assembler;
    this.model = model;
    this.sender = sender;
    this.delivery = delivery;
    this.config = config;
    this.selfLabel =
        Pattern.compile(
            "^\\s*(?:\\*\\*|\\[)?(?:"
                + Pattern.quote(bot.name())
                + "|@?"
                + Pattern.quote(bot.username())
                + ")(?:\\*\\*|\\])?\\s*:\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  Outcome answer(Inbound inbound, Trigger trigger) {
    String persona = inbound.settings().personaOr(config.persona());
    AssembledContext context =
        assembler.assemble(
            new ContextRequest(
                inbound.in().chat(),
                inbound.message(),
                persona,
                inbound.settings().contextResetAt()));
    Completion completion;
    MessageSender.TypingIndicator typing =
        sender.typing(inbound.chat(), inbound.message().threadId());
    try {
      completion = model.complete(context.toRequest(config.generation()));
    } catch (RuntimeException e) {
      return modelFailed(inbound, trigger, e);
    } finally {
      typing.close();
    }
    return switch (completion) {
      case Completion.Answer answer -> deliver(inbound, trigger, shape(answer.text()), context);
      case Completion.Blocked blocked ->
          fallback(inbound, trigger, Outcome.Unanswered.Failure.MODEL_BLOCKED);
      case Completion.Empty empty ->
          fallback(inbound, trigger, Outcome.Unanswered.Failure.MODEL_EMPTY);
    };
  }

  /**
   * Logs a failed model call and answers as configured; an interrupted call says nothing, since the
   * bot is shutting down.
   */
  private Outcome modelFailed(Inbound inbound, Trigger trigger, RuntimeException failure) {
    if (failure instanceof LanguageModelException e) {
      LOG.log(Level.WARNING, "no answer for " + inbound.message().ref() + ": " + e.kind(), e);
      if (e.kind() == LanguageModelException.Kind.INTERRUPTED) {
        return new Outcome.Unanswered(trigger, Outcome.Unanswered.Failure.INTERRUPTED, false);
      }
    } else {
      LOG.log(
          Level.ERROR,
          "the language model failed unexpectedly on " + inbound.message().ref(),
          failure);
    }
    return fallback(inbound, trigger, Outcome.Unanswered.Failure.MODEL_FAILED);
  }

  /** The answer without a leading "Name:" the model may have copied from the prompt's style. */
  String shape(String text) {
    return selfLabel.matcher(text.strip()).replaceFirst("").strip();
  }

  private Outcome deliver(Inbound inbound, Trigger trigger, String text, AssembledContext context) {
    if (text.isBlank()) {
      return fallback(inbound, trigger, Outcome.Unanswered.Failure.MODEL_EMPTY);
    }
    Optional<SentMessage> sent = delivery.answer(inbound, text);
    if (sent.isEmpty()) {
      return new Outcome.Unanswered(trigger, Outcome.Unanswered.Failure.DELIVERY_FAILED, false);
    }
    Long replyTo = inbound.privateChat() ? null : inbound.message().messageId();
    return new Outcome.Replied(trigger, text, replyTo, sent.get().messageIds(), context.tokens());
  }

  /**
   * Says the configured failure line when the bot was addressed; unsolicited tries fail quietly.
   */
  private Outcome fallback(Inbound inbound, Trigger trigger, Outcome.Unanswered.Failure failure) {
    if (!trigger.addressed() || config.phrases().silent(Phrase.FAILURE)) {
      return new Outcome.Unanswered(trigger, failure, false);
    }
    boolean sent = delivery.answer(inbound, config.phrases().say(Phrase.FAILURE)).isPresent();
    return new Outcome.Unanswered(trigger, failure, sent);
  }
}
