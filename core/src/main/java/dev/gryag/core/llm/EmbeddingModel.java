package dev.gryag.core.llm;

import java.util.List;

/**
 * Turns texts into vectors for similarity search.
 *
 * <p>Contract: blocking and thread-safe; returns one vector per input text, in the input order, all
 * of {@link #dimensions()} length; an empty input gives an empty list without a call. Failures
 * throw {@link LanguageModelException} as for {@link LanguageModel}.
 */
public interface EmbeddingModel {

  /** Embeds each text; the result has the same size and order as {@code texts}. */
  List<float[]> embed(List<String> texts);

  /** The length of every vector this model returns. */
  int dimensions();
}
