package dev.gryag.core.conversation;

import dev.gryag.core.context.ContextBudget;
import dev.gryag.core.limits.RateLimits;
import dev.gryag.core.llm.GenerationSettings;
import dev.gryag.core.model.UserId;
import dev.gryag.core.settings.AccessPolicy;
import dev.gryag.core.settings.ReplyPolicy;
import java.util.Objects;
import java.util.Set;

/**
 * How the bot behaves everywhere unless a chat says otherwise; {@link #DEFAULTS} documents each
 * default.
 *
 * @param persona the global system instruction; a chat may replace it with {@code /persona}
 * @param policy the global reply policy ({@link ReplyPolicy#DEFAULTS})
 * @param access which chats the bot serves ({@link AccessPolicy#ALL})
 * @param limits the rate limits ({@link RateLimits#DEFAULTS})
 * @param context the prompt's budget ({@link ContextBudget#DEFAULTS})
 * @param generation sampling settings for every request ({@link GenerationSettings#DEFAULTS})
 * @param phrases the bot's fixed lines ({@link Phrases#defaults()}); a blank {@link Phrase#FAILURE}
 *     keeps the bot silent when the model fails
 * @param operators members who are admins in every chat (the bot's owners); copied
 */
public record ConversationConfig(
    String persona,
    ReplyPolicy policy,
    AccessPolicy access,
    RateLimits limits,
    ContextBudget context,
    GenerationSettings generation,
    Phrases phrases,
    Set<UserId> operators) {

  /** The persona of Gryag, a Ukrainian group-chat regular. */
  public static final String DEFAULT_PERSONA =
      "You are Гряг (Gryag), a regular of a Ukrainian group chat: witty, direct, a little"
          + " sarcastic, never cruel. Answer briefly, in the language you were addressed in"
          + " (Ukrainian unless told otherwise). Speak as yourself: never prefix your answer with"
          + " your name, never repeat the messages you were given.";

  /** Every default: Gryag's persona and the defaults of each part. */
  public static final ConversationConfig DEFAULTS =
      new ConversationConfig(
          DEFAULT_PERSONA,
          ReplyPolicy.DEFAULTS,
          AccessPolicy.ALL,
          RateLimits.DEFAULTS,
          ContextBudget.DEFAULTS,
          GenerationSettings.DEFAULTS,
          Phrases.defaults(),
          Set.of());

  public ConversationConfig {
    Objects.requireNonNull(persona, "persona");
    if (persona.isBlank()) {
      throw new IllegalArgumentException("persona must not be blank");
    }
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(access, "access");
    Objects.requireNonNull(limits, "limits");
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(generation, "generation");
    Objects.requireNonNull(phrases, "phrases");
    operators = operators == null ? Set.of() : Set.copyOf(operators);
  }

  public ConversationConfig withPersona(String text) {
    return new ConversationConfig(
        text, policy, access, limits, context, generation, phrases, operators);
  }

  public ConversationConfig withPolicy(ReplyPolicy replyPolicy) {
    return new ConversationConfig(
        persona, replyPolicy, access, limits, context, generation, phrases, operators);
  }

  public ConversationConfig withAccess(AccessPolicy accessPolicy) {
    return new ConversationConfig(
        persona, policy, accessPolicy, limits, context, generation, phrases, operators);
  }

  public ConversationConfig withLimits(RateLimits rateLimits) {
    return new ConversationConfig(
        persona, policy, access, rateLimits, context, generation, phrases, operators);
  }

  public ConversationConfig withContext(ContextBudget budget) {
    return new ConversationConfig(
        persona, policy, access, limits, budget, generation, phrases, operators);
  }

  public ConversationConfig withGeneration(GenerationSettings settings) {
    return new ConversationConfig(
        persona, policy, access, limits, context, settings, phrases, operators);
  }

  public ConversationConfig withPhrases(Phrases lines) {
    return new ConversationConfig(
        persona, policy, access, limits, context, generation, lines, operators);
  }

  public ConversationConfig withOperators(Set<UserId> owners) {
    return new ConversationConfig(
        persona, policy, access, limits, context, generation, phrases, owners);
  }
}
