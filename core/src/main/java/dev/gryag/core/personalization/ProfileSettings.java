package dev.gryag.core.personalization;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * How profiles are folded and how large they may grow. Every map of a profile holds at most twice
 * its limit here: when it overflows, it is cut back to the limit's best entries, which keeps each
 * fold O(1) amortised and the profile bounded however long a member talks.
 *
 * @param zone the zone for hour-of-day and weekday activity; default UTC
 * @param names names kept in {@link NameHistory#seen()}; default 8
 * @param emoji emoji kept in {@link EmojiHabits#top()}; default 10
 * @param keywords keywords kept in {@link InterestScores#keywords()}; default 16
 * @param topics topics kept in {@link InterestScores#topics()}; default 12
 * @param partners members kept in each map of {@link ReplyCounts}; default 12
 * @param interestHalfLife after how long a mention counts half; default 30 days
 * @param recentMoodWeight weight of the newest message in {@link MoodTrend#recent()}; default 0.1
 * @param baselineMoodWeight weight of the newest message in {@link MoodTrend#baseline()}; default
 *     0.02
 */
public record ProfileSettings(
    ZoneId zone,
    int names,
    int emoji,
    int keywords,
    int topics,
    int partners,
    Duration interestHalfLife,
    double recentMoodWeight,
    double baselineMoodWeight) {

  public static final ProfileSettings DEFAULTS =
      new ProfileSettings(ZoneOffset.UTC, 8, 10, 16, 12, 12, Duration.ofDays(30), 0.1, 0.02);

  public ProfileSettings {
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(interestHalfLife, "interestHalfLife");
    requirePositive("names", names);
    requirePositive("emoji", emoji);
    requirePositive("keywords", keywords);
    requirePositive("topics", topics);
    requirePositive("partners", partners);
    if (interestHalfLife.isNegative() || interestHalfLife.isZero()) {
      throw new IllegalArgumentException(
          "interestHalfLife must be positive, was " + interestHalfLife);
    }
    requireWeight("recentMoodWeight", recentMoodWeight);
    requireWeight("baselineMoodWeight", baselineMoodWeight);
  }

  private static void requirePositive(String field, int value) {
    if (value <= 0 || value > 1_000) {
      throw new IllegalArgumentException(field + " must be in [1, 1000], was " + value);
    }
  }

  private static void requireWeight(String field, double value) {
    if (!(value > 0 && value <= 1)) {
      throw new IllegalArgumentException(field + " must be in (0, 1], was " + value);
    }
  }

  /** These settings with activity counted in {@code newZone}. */
  public ProfileSettings withZone(ZoneId newZone) {
    return new ProfileSettings(
        newZone,
        names,
        emoji,
        keywords,
        topics,
        partners,
        interestHalfLife,
        recentMoodWeight,
        baselineMoodWeight);
  }
}
