package dev.gryag.core.analytics;

import dev.gryag.core.analyzer.Analysis;
import dev.gryag.core.analyzer.Sentiment;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Messages by hour of the week and by calendar day; months are summed from the days. */
final class Timeline {

  private final long[] weekHours = new long[7 * 24];
  private final Map<Long, Day> days = new HashMap<>();
  private Day latest;
  private long latestDay;

  /** Counters of one day (or, summed, of one month). */
  private static final class Day {
    long messages;
    long words;
    long scored;
    long positive;
    long negative;
    double sentimentSum;

    void add(Day other) {
      messages += other.messages;
      words += other.words;
      scored += other.scored;
      positive += other.positive;
      negative += other.negative;
      sentimentSum += other.sentimentSum;
    }

    TimelinePoint point(LocalDate start) {
      SentimentSummary sentiment =
          scored == 0
              ? SentimentSummary.NONE
              : new SentimentSummary(
                  scored, Tally.clamp(sentimentSum / scored), positive, negative);
      return new TimelinePoint(start, messages, words, sentiment);
    }
  }

  void add(long epochDay, int hourOfWeek, AnalysedMessage analysed) {
    weekHours[hourOfWeek]++;
    if (latest == null || latestDay != epochDay) {
      latest = days.computeIfAbsent(epochDay, key -> new Day());
      latestDay = epochDay;
    }
    Day day = latest;
    day.messages++;
    if (analysed.hasText()) {
      Analysis analysis = analysed.analysis();
      Sentiment sentiment = analysis.sentiment();
      day.words += analysis.features().words();
      day.scored++;
      day.sentimentSum += sentiment.score();
      day.positive += sentiment.label() == Sentiment.Label.POSITIVE ? 1 : 0;
      day.negative += sentiment.label() == Sentiment.Label.NEGATIVE ? 1 : 0;
    }
  }

  Activity report() {
    List<TimelinePoint> daily = new ArrayList<>();
    Map<YearMonth, Day> monthly = new LinkedHashMap<>();
    if (!days.isEmpty()) {
      long firstDay = days.keySet().stream().mapToLong(Long::longValue).min().orElseThrow();
      long lastDay = days.keySet().stream().mapToLong(Long::longValue).max().orElseThrow();
      for (long epochDay = firstDay; epochDay <= lastDay; epochDay++) {
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        Day day = days.getOrDefault(epochDay, new Day());
        daily.add(day.point(date));
        monthly.computeIfAbsent(YearMonth.from(date), key -> new Day()).add(day);
      }
    }
    List<TimelinePoint> months = new ArrayList<>();
    monthly.forEach((month, sum) -> months.add(sum.point(month.atDay(1))));
    return new Activity(new WeekHours(weekHours), daily, months);
  }
}
