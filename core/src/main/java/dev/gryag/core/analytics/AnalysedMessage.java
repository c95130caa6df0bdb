package dev.gryag.core.analytics;

import dev.gryag.core.analyzer.Analysis;
import java.util.List;
import java.util.Objects;

/**
 * A message with what the analyzer found in it, ready for {@link ChatAnalytics} to fold in.
 * Analysing is the slow part of an analysis, so callers may prepare messages on other threads
 * ({@link ChatAnalytics#analyse}) and fold them in order on one.
 *
 * @param message the message
 * @param analysis its analysis; {@link Analysis#EMPTY} when it has no text
 * @param words for each of the analysis's keywords (normalised stems), the word of the text it came
 *     from, in the same order; copied, never null
 */
public record AnalysedMessage(HistoryMessage message, Analysis analysis, List<String> words) {

  public AnalysedMessage {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(analysis, "analysis");
    words = List.copyOf(words);
    if (words.size() != analysis.keywords().size()) {
      throw new IllegalArgumentException(
          "words must match the "
              + analysis.keywords().size()
              + " keywords one to one, got "
              + words.size());
    }
  }

  /** True when the message has text (or a caption) to analyse. */
  public boolean hasText() {
    return analysis != Analysis.EMPTY;
  }
}
