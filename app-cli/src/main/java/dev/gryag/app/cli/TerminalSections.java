package dev.gryag.app.cli;

import dev.gryag.core.analytics.ChatReport;
import dev.gryag.core.analytics.MemberReport;
import dev.gryag.core.analytics.Ranked;
import dev.gryag.core.analytics.ReactedMessage;
import dev.gryag.core.analytics.ReplyPair;
import dev.gryag.core.analytics.ReplySummary;
import dev.gryag.core.analytics.ServiceSummary;
import dev.gryag.core.analytics.TopList;
import dev.gryag.core.analytics.WeekHours;
import dev.gryag.core.analyzer.Language;
import java.io.PrintWriter;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/** The sections of the terminal report after the members table. */
final class TerminalSections {

  private static final int WIDTH = TerminalReportRenderer.WIDTH;
  private static final String SHADES = " ·░▒▓█";
  private static final int BAR = 50;

  private final PrintWriter out;
  private final Palette palette;
  private final ChatReport report;
  private final LocalDays days;

  TerminalSections(PrintWriter out, Palette palette, AnalysisResult result) {
    this.out = out;
    this.palette = palette;
    this.report = result.report();
    this.days = new LocalDays(report.overview().zone());
  }

  void memberDetails() {
    section("Members: replies and rhythm");
    out.println(
        palette.strong(
            "  "
                + TextCells.left("NAME", 22)
                + TextCells.right("REPLIES", 8)
                + TextCells.right("REPLIED", 8)
                + TextCells.right("RESPONSE", 10)
                + TextCells.right("EDITS", 6)
                + TextCells.right("FWD", 5)
                + TextCells.right("FIRST", 12)
                + TextCells.right("LAST", 12)
                + TextCells.right("DAYS", 6)));
    for (MemberReport m : report.members()) {
      out.println(
          "  "
              + TextCells.left(TextCells.oneLine(m.sender().displayName()), 22)
              + TextCells.right(Formats.count(m.repliesSent()), 8)
              + TextCells.right(Formats.count(m.repliesReceived()), 8)
              + TextCells.right(Formats.duration(m.typicalResponse()), 10)
              + TextCells.right(Formats.count(m.edits()), 6)
              + TextCells.right(Formats.count(m.forwards()), 5)
              + TextCells.right(TerminalReportRenderer.date(m.firstMessage(), days), 12)
              + TextCells.right(TerminalReportRenderer.date(m.lastMessage(), days), 12)
              + TextCells.right(Formats.count(m.activeDays()), 6));
    }
    section("Members: words and emoji");
    for (MemberReport m : report.members()) {
      String name = "  " + TextCells.left(TextCells.oneLine(m.sender().displayName()), 21) + " ";
      String emoji = String.join(" ", m.topEmoji().entries().stream().map(Ranked::value).toList());
      String words = String.join(", ", m.topWords().entries().stream().map(Ranked::value).toList());
      String text = words.isEmpty() ? "–" : words;
      int room = WIDTH - TextCells.width(name) - (emoji.isEmpty() ? 0 : TextCells.width(emoji) + 2);
      out.println(
          name + TextCells.cut(text, Math.max(10, room)) + (emoji.isEmpty() ? "" : "  " + emoji));
    }
  }

  void replies() {
    ReplySummary summary = report.replies();
    if (summary.pairs().isEmpty()) {
      return;
    }
    section("Who replies to whom");
    long max = summary.pairs().get(0).count();
    int shown = 0;
    for (ReplyPair pair : summary.pairs()) {
      if (shown++ == report.overview().members() + 10 || shown > 25) {
        break;
      }
      String names =
          TextCells.oneLine(pair.from().displayName())
              + " → "
              + TextCells.oneLine(pair.to().displayName());
      out.println(
          "  "
              + TextCells.left(names, 42)
              + TextCells.right(Formats.count(pair.count()), 7)
              + "  "
              + palette.bar(bar(pair.count(), max, 45)));
    }
    String more =
        summary.pairs().size() > shown
            ? " (" + (summary.pairs().size() - shown) + " more pairs in --format json)"
            : "";
    out.println(
        palette.dim(
            "  typical response "
                + Formats.duration(summary.typicalResponse())
                + " over "
                + Formats.count(summary.timed())
                + " timed replies"
                + more));
  }

  void heatmap() {
    WeekHours hours = report.activity().weekHours();
    section("Activity by weekday and hour (" + report.overview().zone() + ")");
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
    section("Timeline and mood");
    long max = buckets.stream().mapToLong(b -> b.sum().messages()).max().orElse(1);
    for (var bucket : buckets) {
      var sentiment = bucket.sum().sentiment();
      String mood = TerminalReportRenderer.mood(sentiment);
      out.println(
          "  "
              + TextCells.left(bucket.label(), 10)
              + TextCells.right(Formats.count(bucket.sum().messages()), 8)
              + "  "
              + palette.bar(TextCells.left(bar(bucket.sum().messages(), max, BAR), BAR))
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
    section("Languages");
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
                    + palette.bar(bar(e.getValue(), max, BAR))));
  }

  void words() {
    var topWords = report.content().topWords();
    if (!topWords.isEmpty()) {
      section("Top words by language (stopwords removed)");
      topWords.forEach((language, top) -> wrapped("  " + TextCells.left(language.code(), 9), top));
    }
    if (!report.content().topEmoji().entries().isEmpty()
        || !report.content().topStickers().entries().isEmpty()) {
      section("Emoji and stickers");
      wrapped("  " + TextCells.left("emoji", 9), report.content().topEmoji());
      wrapped("  " + TextCells.left("stickers", 9), report.content().topStickers());
    }
  }

  void reactions() {
    var content = report.content();
    if (content.topReactions().entries().isEmpty()) {
      return;
    }
    section("Reactions");
    wrapped("  " + TextCells.left("top", 9), content.topReactions());
    for (ReactedMessage m : content.mostReacted()) {
      String head =
          "  "
              + TextCells.right(Formats.count(m.reactions()), 7)
              + "  "
              + days.day(m.sentAt())
              + "  "
              + TextCells.left(TextCells.oneLine(m.sender().displayName()), 18)
              + "  ";
      out.println(head + TextCells.cut(m.excerpt(), WIDTH - TextCells.width(head)));
    }
  }

  void service() {
    ServiceSummary service = report.service();
    if (service.byKind().isEmpty()) {
      return;
    }
    section("Service events");
    List<String> kinds = new ArrayList<>();
    service
        .byKind()
        .forEach((kind, count) ->
            kinds.add(kind.name().toLowerCase(Locale.ROOT) + " " + Formats.count(count)));
    out.println("  " + TextCells.cut(String.join(" · ", kinds), WIDTH - 2));
    out.println(
        "  "
            + TextCells.cut(
                "members joined "
                    + Formats.count(service.joined())
                    + " · left or removed "
                    + Formats.count(service.left()),
                WIDTH - 2));
    wrapped("  " + TextCells.left("actions", 9), service.actions());
  }

  /** True when no top list of the report had to forget values. */
  static boolean allExact(ChatReport report) {
    var content = report.content();
    return Stream.concat(
            Stream.of(content.topEmoji(), content.topStickers(), content.topReactions()),
            Stream.concat(
                content.topWords().values().stream(),
                report.members().stream().flatMap(m -> Stream.of(m.topWords(), m.topEmoji()))))
        .allMatch(TopList::exact);
  }

  private void wrapped(String head, TopList top) {
    List<String> items = top.entries().stream().map(TerminalSections::item).toList();
    if (items.isEmpty()) {
      return;
    }
    StringBuilder line = new StringBuilder(head);
    int indent = TextCells.width(head);
    int used = indent;
    for (int i = 0; i < items.size(); i++) {
      String item = items.get(i) + (i < items.size() - 1 ? " · " : "");
      int w = TextCells.width(item);
      if (used + w > WIDTH && used > indent) {
        out.println(line.toString().stripTrailing());
        line = new StringBuilder(" ".repeat(indent));
        used = indent;
      }
      line.append(TextCells.cut(item, WIDTH - indent));
      used += Math.min(w, WIDTH - indent);
    }
    out.println(line.toString().stripTrailing());
  }

  private static String item(Ranked ranked) {
    return TextCells.oneLine(Formats.label(ranked.value())) + " " + Formats.count(ranked.count());
  }

  private static String bar(long value, long max, int width) {
    if (value <= 0 || max <= 0) {
      return "";
    }
    double cells = (double) value * width / max;
    int full = (int) cells;
    String partial =
        " ▏▎▍▌▋▊▉".substring((int) ((cells - full) * 8), (int) ((cells - full) * 8) + 1);
    String bar = ("█".repeat(full) + (full < width ? partial : "")).stripTrailing();
    return bar.isEmpty() ? "▏" : bar;
  }

  private void section(String title) {
    out.println();
    out.println(palette.title(title));
  }
}
