package dev.gryag.core.analytics;

import dev.gryag.core.analyzer.Analysis;
import java.util.Objects;

/**
 * A message with what the analyzer found in it, ready for {@link ChatAnalytics} to fold in.
 * Analysing is the slow part of an analysis, so callers may prepare messages on other threads
 * ({@link ChatAnalytics#analyse}) and fold them in order on one.
 *
 * @param message the message
 * @param analysis its analysis; {@link Analysis#EMPTY} when it has no text
 */
public record AnalysedMessage(HistoryMessage message, Analysis analysis) {

  public AnalysedMessage {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(analysis, "analysis");
  }

  /** True when the message has text (or a caption) to analyse. */
  public boolean hasText() {
    return analysis != Analysis.EMPTY;
  }
}
