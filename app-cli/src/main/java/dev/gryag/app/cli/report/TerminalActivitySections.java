package dev.gryag.app.cli.report;

import dev.gryag.core.analytics.ChatReport;
import dev.gryag.core.analytics.WeekHours;
import dev.gryag.core.analyzer.Language;
import java.io.PrintWriter;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;

/**
 * The terminal report's sections about time and language: heatmap, timeline and mood, languages.
 */
final class TerminalActivitySections {

  private static final int WIDTH = TerminalPage.WIDTH;
  private static final int BAR = 50;

  private final TerminalPage page;
  private final PrintWriter out;
  private final Palette palette;
  private final ChatReport report;
  private static final String SHADES = " ·░▒▓█";

  TerminalActivitySections(TerminalPage page, ChatReport report) {
    this.page = page;
    this.out = page.out;
    this.palette = page.palette;
    this.report = report;
  }

  void heatmap() {
    WeekHours hours = report.activity().weekHours();
    page.section("Activity by weekday and hour (" + report.overview().zone() + ")");
    StringBuilder head = new StringBuilder("       ");
    for (int hour = 0; hour < 24; hour++) {
      head.append(String.format("%02d ", hour));
    }
    out.println(palette.dim(head.append("  total").toString()));
    long max = Math.max(1, hours.max());
    for (DayOfWeek day : DayOfWeek.values()) {
      StringBuilder row =
          new StringBuilder("  ")
              .append(day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH))
              .append("  ");
      for (int hour = 0; hour < 24; hour++) {
        long count = hours.count(day, hour);
        int shade = count == 0 ? 0 : 1 + (int) Math.min(4, (count * 4 - 1) / max);
        row.append(palette.bar(String.valueOf(SHADES.charAt(shade)).repeat(2))).append(' ');
      }
      out.println(row + TextCells.right(Formats.count(hours.byDay(day)), 7));
    }
  }

  void timeline() {
    var buckets = TimeBuckets.of(report.activity(), 24);
    if (buckets.isEmpty()) {
      return;
    }
    page.section("Timeline and mood");
    long max = buckets.stream().mapToLong(b -> b.sum().messages()).max().orElse(1);
    for (var bucket : buckets) {
      var sentiment = bucket.sum().sentiment();
      String mood = TerminalReportRenderer.mood(sentiment);
      out.println(
          "  "
              + TextCells.left(bucket.label(), 10)
              + TextCells.right(Formats.count(bucket.sum().messages()), 8)
              + "  "
              + palette.bar(
                  TextCells.left(TerminalPage.bar(bucket.sum().messages(), max, BAR), BAR))
              + palette.mood(sentiment.mean(), TextCells.right(mood, 7))
              + palette.dim(
                  TextCells.right(
                      sentiment.scored() == 0
                          ? ""
                          : "+"
                              + Formats.share(sentiment.positive(), sentiment.scored())
                              + " −"
                              + Formats.share(sentiment.negative(), sentiment.scored()),
                      20)));
    }
  }

  void languages() {
    Map<Language, Long> languages = report.content().languages();
    if (languages.isEmpty()) {
      return;
    }
    page.section("Languages");
    long total = languages.values().stream().mapToLong(Long::longValue).sum();
    long max = languages.values().stream().mapToLong(Long::longValue).max().orElse(1);
    languages.entrySet().stream()
        .sorted(Map.Entry.<Language, Long>comparingByValue().reversed())
        .forEach(e ->
            out.println(
                "  "
                    + TextCells.left(e.getKey().code(), 9)
                    + TextCells.right(Formats.count(e.getValue()), 8)
                    + TextCells.right(Formats.share(e.getValue(), total), 8)
                    + "  "
                    + palette.bar(TerminalPage.bar(e.getValue(), max, BAR))));
  }
}
