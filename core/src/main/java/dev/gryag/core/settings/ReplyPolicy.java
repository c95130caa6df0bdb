package dev.gryag.core.settings;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * When the bot speaks in a chat. The global default is {@link #DEFAULTS}; a chat may override it as
 * a whole through {@link ChatSettings#policy()}.
 *
 * <p>Addressed replies come from the enabled {@link Trigger#addressed() addressed} triggers.
 * Unsolicited ones ({@link Trigger#SMART}, {@link Trigger#RANDOM}) happen in groups only, never
 * into a heated exchange, only when the bot has been silent for {@code minSilence}, and at most
 * {@code maxUnsolicitedPerHour} times an hour per chat. One random draw {@code r} in [0, 1) per
 * unaddressed group message decides: smart when the engagement score reaches {@code smartThreshold}
 * and {@code r < smartChance}, else random when {@code r < randomChance}.
 *
 * @param triggers the enabled triggers; copied
 * @param keywordPattern a regular expression (case-insensitive, Unicode) whose match anywhere in a
 *     message is a {@link Trigger#KEYWORD}; empty for none
 * @param randomChance chance of a random chime-in, 0 to 1
 * @param smartChance chance of a smart reply to an engaging message, 0 to 1
 * @param smartThreshold the engagement score, 0 to 1, from which a message is engaging
 * @param minSilence how long the bot must have been silent in the chat before speaking unasked
 * @param maxUnsolicitedPerHour the most unsolicited replies per chat in any hour; 0 for none
 * @param staleAfter messages older than this when they arrive (a backlog at start-up) are stored
 *     but never answered
 */
public record ReplyPolicy(
    Set<Trigger> triggers,
    String keywordPattern,
    double randomChance,
    double smartChance,
    double smartThreshold,
    Duration minSilence,
    int maxUnsolicitedPerHour,
    Duration staleAfter) {

  /**
   * The bot's name in Ukrainian, Russian and Latin spelling with any case ending: гряг, гряга,
   * грягу, грягом, грягові, гряже, gryag, gryaga… but not a longer word that merely contains it.
   */
  public static final String DEFAULT_KEYWORDS =
      "(?<![\\p{L}\\p{N}_])(?:гряг\\p{L}{0,4}|гряже|gryag\\p{L}{0,3}|hryah\\p{L}{0,3})"
          + "(?![\\p{L}\\p{N}_])";

  /**
   * Every trigger on, the name keywords, 2% random and 30% smart chance from an engagement score of
   * 0.6, ten minutes of silence, three unsolicited replies an hour, messages older than five
   * minutes left unanswered.
   */
  public static final ReplyPolicy DEFAULTS =
      new ReplyPolicy(
          EnumSet.allOf(Trigger.class),
          DEFAULT_KEYWORDS,
          0.02,
          0.3,
          0.6,
          Duration.ofMinutes(10),
          3,
          Duration.ofMinutes(5));

  public ReplyPolicy {
    triggers = Set.copyOf(Objects.requireNonNull(triggers, "triggers"));
    keywordPattern = keywordPattern == null ? "" : keywordPattern;
    compile(keywordPattern);
    requireChance("randomChance", randomChance);
    requireChance("smartChance", smartChance);
    requireChance("smartThreshold", smartThreshold);
    requireNotNegative("minSilence", minSilence);
    requireNotNegative("staleAfter", staleAfter);
    if (maxUnsolicitedPerHour < 0) {
      throw new IllegalArgumentException(
          "maxUnsolicitedPerHour must not be negative, was " + maxUnsolicitedPerHour);
    }
  }

  /** True when {@code trigger} is enabled. */
  public boolean enables(Trigger trigger) {
    return triggers.contains(trigger);
  }

  /** Compiles a keyword pattern the way the policy matches it: case-insensitive, Unicode. */
  public static Pattern compile(String keywordPattern) {
    try {
      return Pattern.compile(
          keywordPattern,
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException(
          "keywordPattern is not a valid regular expression: " + e.getMessage(), e);
    }
  }

  public ReplyPolicy withTriggers(Set<Trigger> enabled) {
    return new ReplyPolicy(
        enabled,
        keywordPattern,
        randomChance,
        smartChance,
        smartThreshold,
        minSilence,
        maxUnsolicitedPerHour,
        staleAfter);
  }

  public ReplyPolicy withKeywordPattern(String pattern) {
    return new ReplyPolicy(
        triggers,
        pattern,
        randomChance,
        smartChance,
        smartThreshold,
        minSilence,
        maxUnsolicitedPerHour,
        staleAfter);
  }

  /** The same policy with other unsolicited-reply chances. */
  public ReplyPolicy withChances(double random, double smart, double threshold) {
    return new ReplyPolicy(
        triggers,
        keywordPattern,
        random,
        smart,
        threshold,
        minSilence,
        maxUnsolicitedPerHour,
        staleAfter);
  }

  /** The same policy with other limits on unsolicited replies. */
  public ReplyPolicy withUnsolicitedLimits(Duration silence, int perHour) {
    return new ReplyPolicy(
        triggers,
        keywordPattern,
        randomChance,
        smartChance,
        smartThreshold,
        silence,
        perHour,
        staleAfter);
  }

  public ReplyPolicy withStaleAfter(Duration age) {
    return new ReplyPolicy(
        triggers,
        keywordPattern,
        randomChance,
        smartChance,
        smartThreshold,
        minSilence,
        maxUnsolicitedPerHour,
        age);
  }

  private static void requireChance(String field, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(field + " must be in [0, 1], was " + value);
    }
  }

  private static void requireNotNegative(String field, Duration value) {
    Objects.requireNonNull(value, field);
    if (value.isNegative()) {
      throw new IllegalArgumentException(field + " must not be negative, was " + value);
    }
  }
}
