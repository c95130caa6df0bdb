package dev.gryag.core.context;

/**
 * Estimates how many tokens a language model will count in a text, without the model's tokenizer.
 *
 * <p>Contract: deterministic, thread-safe, never negative, 0 for the empty string, and
 * <b>subadditive</b>: {@code estimate(a + b) <= estimate(a) + estimate(b)}. The {@link
 * ContextAssembler} adds up the estimates of the parts of a prompt and relies on that sum bounding
 * the estimate of the whole.
 */
@FunctionalInterface
public interface TokenEstimator {

  /** The estimated token count of {@code text}. */
  int estimate(String text);

  /**
   * The default estimate, tuned for the tokenizers of current chat models on Ukrainian, Russian and
   * English chat text: about 4 Latin letters, 2.4 Cyrillic letters or 3 digits per token, one or
   * two tokens per punctuation mark, emoji or ideograph. It errs on the high side.
   */
  static TokenEstimator standard() {
    return StandardTokenEstimator.INSTANCE;
  }
}
