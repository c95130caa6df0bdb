package dev.gryag.core.personalization;

import java.util.Map;

/**
 * How a member's messages feel, recently and over the long run.
 *
 * @param recent exponentially weighted mean sentiment of recent text messages, -1 to 1 (weight
 *     {@link ProfileSettings#recentMoodWeight()})
 * @param baseline the same with the slower weight {@link ProfileSettings#baselineMoodWeight()}: the
 *     member's usual tone
 * @param scored text messages folded into the two means
 * @param emotions dominant emotion name ({@code JOY}, {@code ANGER}, …) → messages, neutral ones
 *     not counted; at most six keys; copied
 */
public record MoodTrend(double recent, double baseline, long scored, Map<String, Long> emotions) {

  public static final MoodTrend NONE = new MoodTrend(0, 0, 0, Map.of());

  public MoodTrend {
    if (!(recent >= -1 && recent <= 1 && baseline >= -1 && baseline <= 1)) {
      throw new IllegalArgumentException(
          "mood means must be in [-1, 1], were " + recent + " and " + baseline);
    }
    if (scored < 0) {
      throw new IllegalArgumentException("scored must not be negative, was " + scored);
    }
    emotions = SmallMap.copyOf(emotions);
  }

  /** Recent minus usual tone: positive when the member's mood is improving. */
  public double trend() {
    return recent - baseline;
  }
}
