package dev.gryag.core.context;

/**
 * How big a prompt may get and how much of each kind of material it takes in.
 *
 * <p>Turns are limited by tokens alone: the recent thread and the older turns search finds share
 * what the other sections leave (see {@link ContextAssembler}).
 *
 * @param maxTokens the whole prompt (system instruction and turns) as the {@link TokenEstimator}
 *     counts it; at least 512
 * @param replyChainDepth the most ancestors of the triggering message to include
 * @param participants the most members to describe
 * @param noteChars the longest description of one member, in characters
 * @param summaries the most chat summaries to include
 */
public record ContextBudget(
    int maxTokens, int replyChainDepth, int participants, int noteChars, int summaries) {

  /**
   * 6,000 tokens; up to 6 ancestors of the message, 6 members described in up to 400 characters
   * each, and 2 summaries.
   */
  public static final ContextBudget DEFAULTS = new ContextBudget(6000, 6, 6, 400, 2);

  /** The smallest {@link #maxTokens} allowed. */
  public static final int MIN_MAX_TOKENS = 512;

  /**
   * Tokens kept for what follows the persona: the note on fenced data (45 as estimated) and the
   * chat line (at most 115 with the worst 64-character title, every character escaped).
   */
  private static final int HEADER_RESERVE = 200;

  public ContextBudget {
    if (maxTokens < MIN_MAX_TOKENS) {
      throw new IllegalArgumentException(
          "maxTokens must be at least " + MIN_MAX_TOKENS + ", was " + maxTokens);
    }
    requireNotNegative("replyChainDepth", replyChainDepth);
    requireNotNegative("participants", participants);
    requireNotNegative("noteChars", noteChars);
    requireNotNegative("summaries", summaries);
  }

  /**
   * The most tokens a persona may take: half the budget less room for the chat line, so that the
   * conversation always has the other half.
   */
  public int maxPersonaTokens() {
    return maxTokens / 2 - HEADER_RESERVE;
  }

  /**
   * The smallest {@link #maxTokens} whose {@link #maxPersonaTokens} holds {@code personaTokens}.
   */
  public static int maxTokensFor(int personaTokens) {
    return Math.max(MIN_MAX_TOKENS, 2 * (personaTokens + HEADER_RESERVE));
  }

  public ContextBudget withMaxTokens(int tokens) {
    return new ContextBudget(tokens, replyChainDepth, participants, noteChars, summaries);
  }

  private static void requireNotNegative(String field, int value) {
    if (value < 0) {
      throw new IllegalArgumentException(field + " must not be negative, was " + value);
    }
  }
}
