package dev.gryag.adapter.llm;

import java.util.Objects;

/**
 * Which embedding model to call and the vector length it must return.
 *
 * @param model the provider's embedding model, e.g. {@code gemini-embedding-001}
 * @param dimensions the length of every returned vector; a different length is a malformed response
 * @param requestDimensions whether to ask the provider for that length ({@code
 *     outputDimensionality} / {@code dimensions}); only models with adjustable output support it
 */
public record EmbeddingSpec(String model, int dimensions, boolean requestDimensions) {

  public EmbeddingSpec {
    Objects.requireNonNull(model, "model");
    if (model.isBlank()) {
      throw new IllegalArgumentException("embedding model must not be blank");
    }
    if (dimensions < 1 || dimensions > 65_536) {
      throw new IllegalArgumentException(
          "embedding dimensions must be in [1, 65536], was " + dimensions);
    }
  }
}
