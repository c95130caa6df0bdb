package dev.gryag.app.cli.report;

import dev.gryag.core.analytics.Activity;
import dev.gryag.core.analytics.SentimentSummary;
import dev.gryag.core.analytics.TimelinePoint;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The timeline cut into at most {@code limit} buckets of days, weeks, months or years, whichever is
 * the finest that fits: what the timeline and sentiment charts draw.
 */
final class TimeBuckets {

  /** A bucket's start, its label and its sums. */
  record Bucket(LocalDate start, String label, TimelinePoint sum) {}

  private TimeBuckets() {}

  static List<Bucket> of(Activity activity, int limit) {
    List<TimelinePoint> days = activity.days();
    if (days.size() <= limit) {
      return group(days, 1, DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH));
    }
    if ((days.size() + 6) / 7 <= limit) {
      return group(days, 7, DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH));
    }
    List<TimelinePoint> months = activity.months();
    if (months.size() <= limit) {
      return group(months, 1, DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH));
    }
    int perBucket = 12 * (int) Math.ceil(months.size() / (12.0 * limit));
    List<TimelinePoint> aligned = alignToYears(months);
    return group(aligned, perBucket, DateTimeFormatter.ofPattern("yyyy", Locale.ENGLISH));
  }

  private static List<TimelinePoint> alignToYears(List<TimelinePoint> months) {
    List<TimelinePoint> aligned = new ArrayList<>();
    LocalDate first = months.get(0).start();
    for (LocalDate m = first.withMonth(1); m.isBefore(first); m = m.plusMonths(1)) {
      aligned.add(new TimelinePoint(m, 0, 0, SentimentSummary.NONE));
    }
    aligned.addAll(months);
    return aligned;
  }

  private static List<Bucket> group(List<TimelinePoint> points, int size, DateTimeFormatter label) {
    List<Bucket> buckets = new ArrayList<>();
    for (int i = 0; i < points.size(); i += size) {
      List<TimelinePoint> slice = points.subList(i, Math.min(points.size(), i + size));
      LocalDate start = slice.get(0).start();
      buckets.add(new Bucket(start, label.format(start), sum(start, slice)));
    }
    return buckets;
  }

  private static TimelinePoint sum(LocalDate start, List<TimelinePoint> slice) {
    long messages = 0;
    long words = 0;
    long scored = 0;
    long positive = 0;
    long negative = 0;
    double weighted = 0;
    for (TimelinePoint point : slice) {
      messages += point.messages();
      words += point.words();
      SentimentSummary s = point.sentiment();
      scored += s.scored();
      positive += s.positive();
      negative += s.negative();
      weighted += s.mean() * s.scored();
    }
    double mean = scored == 0 ? 0 : Math.max(-1, Math.min(1, weighted / scored));
    return new TimelinePoint(
        start, messages, words, new SentimentSummary(scored, mean, positive, negative));
  }
}
