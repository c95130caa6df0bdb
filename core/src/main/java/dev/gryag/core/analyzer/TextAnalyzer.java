package dev.gryag.core.analyzer;

/**
 * Analyses the text of one message. {@code LocalAnalyzer} is the implementation Gryag ships;
 * embedders may bring their own.
 *
 * <p>Contract: thread-safe, deterministic for the same text, never throws for any input (null,
 * blank, huge, broken Unicode): what cannot be analysed gives {@link Analysis#EMPTY} or a partial
 * analysis.
 */
@FunctionalInterface
public interface TextAnalyzer {

  /** The analysis of {@code text}; {@link Analysis#EMPTY} for null or blank text. */
  Analysis analyze(String text);
}
