package dev.gryag.core.llm;

/**
 * Generates the bot's reply from a prompt: a system instruction and the conversation turns.
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>Blocking; safe to call from many threads at once (implementations cap their own concurrency
 *       and may make a caller wait for a slot).
 *   <li>Expected outcomes are values: an answer, a safety block, or an empty answer are all a
 *       {@link Completion}; it never returns null.
 *   <li>Infrastructure failures that remain after the implementation's own retries and fallbacks
 *       throw {@link LanguageModelException}, whose {@link LanguageModelException#kind()} says
 *       whether a later call may succeed. No API key appears in its message.
 *   <li>Interrupting the calling thread abandons the call and throws {@link LanguageModelException}
 *       of kind {@link LanguageModelException.Kind#INTERRUPTED} with the interrupt flag set again.
 * </ul>
 */
public interface LanguageModel {

  /**
   * Asks the model for the next turn of the conversation.
   *
   * @param request the prompt; never null
   * @return the model's outcome, naming the provider that answered and the attempts it took
   * @throws LanguageModelException when no provider could answer
   */
  Completion complete(ChatRequest request);
}
