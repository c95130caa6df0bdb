package dev.gryag.core.cleanup;

import java.util.Objects;

/** What a {@link ChatSummarizer} produced: a summary, or why there is none. */
public sealed interface SummaryOutcome {

  /**
   * A summary was written.
   *
   * @param text the summary; never blank
   * @param provider who wrote it (a language model provider)
   */
  record Written(String text, String provider) implements SummaryOutcome {
    public Written {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(provider, "provider");
      if (text.isBlank()) {
        throw new IllegalArgumentException("a written summary needs text");
      }
    }
  }

  /**
   * No summary could be written.
   *
   * @param reason why, for logs and reports; never contains secrets
   */
  record Failed(String reason) implements SummaryOutcome {
    public Failed {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
