package dev.gryag.adapter.llm;

import dev.gryag.core.llm.Completion;
import dev.gryag.core.llm.LanguageModelException;
import java.time.Duration;

/**
 * Hooks the LLM adapters call so an application can export metrics (calls, failures by kind,
 * latency, tokens per provider). Every method has an empty default; implementations must be
 * thread-safe, fast and must not throw.
 */
public interface LlmMetrics {

  /** Ignores every event. */
  LlmMetrics NONE = new LlmMetrics() {};

  /**
   * A provider produced an outcome (answer, block or empty); the completion names the provider, the
   * attempts and the tokens.
   *
   * @param latency the whole call to this provider, retries and their waits included
   */
  default void completed(Completion completion, Duration latency) {}

  /** A call to {@code provider} failed after its retries (or at once, for an open breaker). */
  default void failed(String provider, LanguageModelException.Kind kind, Duration latency) {}

  /** An attempt failed and will be retried after {@code wait}. */
  default void retrying(
      String provider, LanguageModelException.Kind kind, int failedAttempt, Duration wait) {}

  /** An embedding call returned {@code texts} vectors. */
  default void embedded(String provider, int texts, Duration latency) {}

  /** A provider's circuit breaker moved, e.g. from {@code CLOSED} to {@code OPEN}. */
  default void circuitStateChanged(String provider, String fromState, String toState) {}
}
