package dev.gryag.core.personalization;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a profile says in words: style, mood and rhythm labels, each given only once enough messages
 * back it. The labels are phrase keys of {@link ProfileWording}.
 */
final class ProfileTraits {

  /** Fewer text messages than this tell nothing about style or mood. */
  static final int MIN_MESSAGES = 5;

  /** An interest is told once it scores this much: about two recent mentions. */
  static final double MIN_SCORE = 1.5;

  private ProfileTraits() {}

  static Optional<String> verbosity(SpeechStats speech) {
    if (speech.textMessages() < MIN_MESSAGES) {
      return Optional.empty();
    }
    double words = speech.meanWords();
    if (words < 3) {
      return Optional.of("style.terse");
    }
    if (words < 8) {
      return Optional.of("style.brief");
    }
    return words >= 25 ? Optional.of("style.verbose") : Optional.empty();
  }

  static Optional<String> emojiLevel(MemberProfile profile) {
    if (profile.messages() < MIN_MESSAGES || profile.emoji().messagesWithEmoji() == 0) {
      return Optional.empty();
    }
    double perMessage = (double) profile.emoji().total() / profile.messages();
    if (perMessage >= 0.8) {
      return Optional.of("style.emoji.heavy");
    }
    return perMessage >= 0.2 ? Optional.of("style.emoji.some") : Optional.empty();
  }

  static Optional<String> formality(SpeechStats speech) {
    if (speech.textMessages() < MIN_MESSAGES) {
      return Optional.empty();
    }
    double formality = speech.meanFormality();
    if (formality >= 0.65) {
      return Optional.of("style.formal");
    }
    return formality <= 0.35 ? Optional.of("style.casual") : Optional.empty();
  }

  static Optional<String> mood(MoodTrend mood) {
    if (mood.scored() < MIN_MESSAGES) {
      return Optional.empty();
    }
    if (mood.recent() >= 0.15) {
      return Optional.of("mood.positive");
    }
    return Optional.of(mood.recent() <= -0.15 ? "mood.negative" : "mood.neutral");
  }

  /** {@code trend.improving}, {@code trend.worsening}, or nothing when steady. */
  static Optional<String> trend(MoodTrend mood) {
    if (mood.scored() < 2 * MIN_MESSAGES || Math.abs(mood.trend()) < 0.1) {
      return Optional.empty();
    }
    return Optional.of(mood.trend() > 0 ? "trend.improving" : "trend.worsening");
  }

  /** The part of day with most messages: {@code day.night} (0–5), morning, afternoon, evening. */
  static Optional<String> partOfDay(ActivityHistogram activity) {
    String[] parts = {"day.night", "day.morning", "day.afternoon", "day.evening"};
    long[] sums = new long[4];
    long total = 0;
    for (int hour = 0; hour < 24; hour++) {
      sums[hour / 6] += activity.hour(hour);
      total += activity.hour(hour);
    }
    if (total < MIN_MESSAGES) {
      return Optional.empty();
    }
    int best = 0;
    for (int part = 1; part < 4; part++) {
      best = sums[part] > sums[best] ? part : best;
    }
    return Optional.of(parts[best]);
  }

  /** The weekday (0 = Monday) with most messages. */
  static int busiestWeekday(ActivityHistogram activity) {
    int best = 0;
    for (int day = 1; day < 7; day++) {
      best = activity.weekday(day) > activity.weekday(best) ? day : best;
    }
    return best;
  }

  /** Language code → share in percent, largest first, for languages with at least 5%. */
  static List<Map.Entry<String, Long>> languageShares(SpeechStats speech) {
    long total = speech.languages().values().stream().mapToLong(Long::longValue).sum();
    List<Map.Entry<String, Long>> shares = new ArrayList<>();
    for (Map.Entry<String, Long> entry : Tallies.top(speech.languages(), 5)) {
      long percent = Math.round(100.0 * entry.getValue() / total);
      if (percent >= 5) {
        shares.add(Map.entry(entry.getKey(), percent));
      }
    }
    return shares;
  }

  /** Up to {@code n} interests scoring at least {@link #MIN_SCORE} now: topics, then keywords. */
  static List<String> interests(
      InterestScores interests, ProfileSettings settings, Instant now, int n) {
    List<String> top =
        new ArrayList<>(
            InterestScores.top(interests.topics(), n, now, settings.interestHalfLife(), MIN_SCORE));
    for (String keyword :
        InterestScores.top(interests.keywords(), n, now, settings.interestHalfLife(), MIN_SCORE)) {
      if (top.size() < n && !top.contains(keyword)) {
        top.add(keyword);
      }
    }
    return top;
  }
}
