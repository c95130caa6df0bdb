package dev.gryag.core.llm;

/**
 * Tokens a call consumed, as the provider reported them; zero where it reported nothing.
 *
 * @param promptTokens tokens of the prompt
 * @param outputTokens tokens of the answer
 */
public record TokenUsage(int promptTokens, int outputTokens) {

  public static final TokenUsage UNKNOWN = new TokenUsage(0, 0);

  public TokenUsage {
    if (promptTokens < 0 || outputTokens < 0) {
      throw new IllegalArgumentException(
          "token counts must not be negative, were " + promptTokens + "/" + outputTokens);
    }
  }

  public int total() {
    return promptTokens + outputTokens;
  }
}
