package dev.gryag.adapter.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** Splits embedding input into provider-sized batches and checks what comes back. */
final class EmbeddingBatches {

  /** Both Gemini's batchEmbedContents and most OpenAI-compatible servers take 100 at a time. */
  static final int BATCH = 100;

  private EmbeddingBatches() {}

  static List<String> checked(List<String> texts) {
    Objects.requireNonNull(texts, "texts");
    for (int i = 0; i < texts.size(); i++) {
      if (texts.get(i) == null) {
        throw new IllegalArgumentException("texts[" + i + "] is null");
      }
    }
    return List.copyOf(texts);
  }

  /** Runs {@code call} per batch and concatenates the vectors, in order. */
  static List<float[]> inBatches(List<String> texts, Function<List<String>, List<float[]>> call) {
    List<float[]> vectors = new ArrayList<>(texts.size());
    for (int from = 0; from < texts.size(); from += BATCH) {
      vectors.addAll(call.apply(texts.subList(from, Math.min(texts.size(), from + BATCH))));
    }
    return List.copyOf(vectors);
  }

  /**
   * Verifies the count and every length; a mismatch is a malformed response (thrown as a {@link
   * CallFailure} so it passes through the caller like any other attempt failure).
   */
  static List<float[]> verify(List<float[]> vectors, int expectedCount, int dimensions) {
    if (vectors.size() != expectedCount) {
      throw CallFailure.malformed(
          "expected " + expectedCount + " embeddings, got " + vectors.size());
    }
    for (int i = 0; i < vectors.size(); i++) {
      float[] v = vectors.get(i);
      if (v == null || v.length != dimensions) {
        throw CallFailure.malformed(
            "embedding "
                + i
                + " has "
                + (v == null ? "no values" : v.length + " dimensions")
                + ", expected "
                + dimensions);
      }
    }
    return vectors;
  }
}
