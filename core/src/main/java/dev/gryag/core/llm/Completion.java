package dev.gryag.core.llm;

import java.util.Objects;

/**
 * What a {@link LanguageModel} produced for one request. Every variant names the provider that
 * answered and how many HTTP attempts the whole call took (retries and fallbacks included).
 */
public sealed interface Completion {

  /** The provider that produced this outcome, e.g. {@code gemini} or {@code groq}. */
  String provider();

  /** How many attempts the call took across retries and fallbacks; at least 1. */
  int attempts();

  /**
   * The model answered.
   *
   * @param text the answer, never blank
   * @param finishReason the provider's reason for stopping, normalised to lower case ({@code stop},
   *     {@code max_tokens}, …)
   * @param usage tokens consumed
   */
  record Answer(String text, String finishReason, TokenUsage usage, String provider, int attempts)
      implements Completion {
    public Answer {
      Objects.requireNonNull(text, "text");
      if (text.isBlank()) {
        throw new IllegalArgumentException("an answer must have text; use Empty");
      }
      finishReason = finishReason == null ? "stop" : finishReason;
      usage = usage == null ? TokenUsage.UNKNOWN : usage;
      Objects.requireNonNull(provider, "provider");
    }
  }

  /**
   * The provider refused the prompt or the answer on safety grounds.
   *
   * @param reason the provider's block reason (e.g. {@code SAFETY}, {@code PROHIBITED_CONTENT})
   */
  record Blocked(String reason, TokenUsage usage, String provider, int attempts)
      implements Completion {
    public Blocked {
      reason = reason == null ? "unspecified" : reason;
      usage = usage == null ? TokenUsage.UNKNOWN : usage;
      Objects.requireNonNull(provider, "provider");
    }
  }

  /**
   * The provider answered with no usable text.
   *
   * @param finishReason why it stopped, if it said
   */
  record Empty(String finishReason, TokenUsage usage, String provider, int attempts)
      implements Completion {
    public Empty {
      finishReason = finishReason == null ? "unspecified" : finishReason;
      usage = usage == null ? TokenUsage.UNKNOWN : usage;
      Objects.requireNonNull(provider, "provider");
    }
  }
}
