package dev.gryag.core.analyzer;

import java.util.Objects;

/**
 * How positive or negative a message reads.
 *
 * @param score from -1 (very negative) through 0 (neutral) to 1 (very positive)
 * @param label the score's band
 */
public record Sentiment(double score, Label label) {

  /** The band a score falls into. */
  public enum Label {
    NEGATIVE,
    NEUTRAL,
    POSITIVE
  }

  public static final Sentiment NEUTRAL = new Sentiment(0, Label.NEUTRAL);

  public Sentiment {
    Objects.requireNonNull(label, "label");
    if (!(score >= -1 && score <= 1)) {
      throw new IllegalArgumentException("sentiment score must be in [-1, 1], was " + score);
    }
  }
}
