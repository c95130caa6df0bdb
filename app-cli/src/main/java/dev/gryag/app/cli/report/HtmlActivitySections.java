package dev.gryag.app.cli.report;

import static dev.gryag.app.cli.report.HtmlCards.card;

import dev.gryag.core.analytics.ChatReport;
import dev.gryag.core.analytics.SentimentSummary;
import dev.gryag.core.analyzer.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The HTML report's cards about time and language: timeline, mood, heatmap, languages. */
final class HtmlActivitySections {

  private final ChatReport report;

  HtmlActivitySections(ChatReport report) {
    this.report = report;
  }

  String timeline() {
    var buckets = TimeBuckets.of(report.activity(), 100);
    List<ChartPoint> messages = new ArrayList<>();
    List<ChartPoint> moods = new ArrayList<>();
    for (var bucket : buckets) {
      var sum = bucket.sum();
      messages.add(
          new ChartPoint(
              bucket.label(),
              sum.messages(),
              bucket.label()
                  + ": "
                  + Formats.count(sum.messages())
                  + " messages, "
                  + Formats.count(sum.words())
                  + " words"));
      moods.add(
          new ChartPoint(
              bucket.label(), sum.sentiment().mean(), moodTip(bucket.label(), sum.sentiment())));
    }
    return card(
            "Messages over time",
            "per " + unit(buckets),
            SvgTimeCharts.columns(messages, "#4f46e5"))
        + card(
            "Mood over time",
            "mean sentiment of the text messages, from −1 to +1",
            SvgTimeCharts.mood(moods));
  }

  String heatmap() {
    return card(
        "When the chat is awake",
        "messages by weekday and hour, " + report.overview().zone(),
        "<div class=\"scroll\">" + SvgHeatmap.of(report.activity().weekHours()) + "</div>");
  }

  String languages() {
    List<SvgShareCharts.Slice> slices = new ArrayList<>();
    List<Map.Entry<Language, Long>> counts =
        report.content().languages().entrySet().stream()
            .sorted(Map.Entry.<Language, Long>comparingByValue().reversed())
            .toList();
    for (int i = 0; i < counts.size(); i++) {
      slices.add(
          new SvgShareCharts.Slice(
              HtmlCards.languageName(counts.get(i).getKey()),
              counts.get(i).getValue(),
              SvgShareCharts.COLORS[i % SvgShareCharts.COLORS.length]));
    }
    String body =
        slices.isEmpty()
            ? "<p class=\"muted\">No text to tell languages by.</p>"
            : SvgShareCharts.donut(slices, Formats.count(report.overview().textMessages()));
    return card("Languages", "of the text messages", body);
  }

  private static String moodTip(String label, SentimentSummary s) {
    return label
        + ": mean "
        + Formats.score(s.mean())
        + " over "
        + Formats.count(s.scored())
        + " messages, "
        + Formats.share(s.positive(), s.scored())
        + " positive, "
        + Formats.share(s.negative(), s.scored())
        + " negative";
  }

  private static String unit(List<TimeBuckets.Bucket> buckets) {
    if (buckets.size() < 2) {
      return "day";
    }
    long gap = buckets.get(1).start().toEpochDay() - buckets.get(0).start().toEpochDay();
    return gap == 1 ? "day" : gap == 7 ? "week" : gap < 32 ? "month" : "year";
  }
}
