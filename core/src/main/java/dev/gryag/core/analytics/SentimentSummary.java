package dev.gryag.core.analytics;

/**
 * How a set of messages reads, in sum.
 *
 * @param scored how many messages had text to score
 * @param mean the mean sentiment score in [-1, 1]; 0 when none was scored
 * @param positive how many read positive
 * @param negative how many read negative
 */
public record SentimentSummary(long scored, double mean, long positive, long negative) {

  public static final SentimentSummary NONE = new SentimentSummary(0, 0, 0, 0);

  public SentimentSummary {
    if (scored < 0 || positive < 0 || negative < 0 || positive + negative > scored) {
      throw new IllegalArgumentException(
          "sentiment counts must be non-negative with positive + negative <= scored, were "
              + scored
              + "/"
              + positive
              + "/"
              + negative);
    }
    if (!(mean >= -1 && mean <= 1)) {
      throw new IllegalArgumentException("mean sentiment must be in [-1, 1], was " + mean);
    }
  }

  /** How many read neutral. */
  public long neutral() {
    return scored - positive - negative;
  }
}
