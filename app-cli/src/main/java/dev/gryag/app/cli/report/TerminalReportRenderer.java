package dev.gryag.app.cli.report;

import dev.gryag.core.analytics.ChatReport;
import dev.gryag.core.analytics.Overview;
import dev.gryag.core.analytics.ReplySummary;
import dev.gryag.core.analytics.SentimentSummary;
import dev.gryag.core.analyzer.Language;
import dev.gryag.core.model.MediaKind;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes the report as tables for a terminal, at most {@value #WIDTH} columns wide, coloured when
 * asked: overview, members, replies, activity, timeline, languages and sentiment, words and emoji,
 * reactions, service events.
 */
final class TerminalReportRenderer implements ReportRenderer {

  static final int WIDTH = 100;

  private final Palette palette;

  TerminalReportRenderer(boolean color) {
    this.palette = new Palette(color);
  }

  @Override
  public void render(AnalysisResult result, Writer writer) throws IOException {
    PrintWriter out = new PrintWriter(writer);
    ChatReport report = result.report();
    header(out, result);
    if (report.overview().messages() == 0 && report.overview().serviceEvents() == 0) {
      out.println();
      out.println("  Nothing to analyse: no message in the chosen chats and period.");
      footer(out, result);
      out.flush();
      return;
    }
    overview(out, report);
    TerminalPage page = new TerminalPage(out, palette);
    TerminalMemberSections members = new TerminalMemberSections(page, report);
    members.table();
    members.details();
    members.replies();
    TerminalActivitySections activity = new TerminalActivitySections(page, report);
    activity.heatmap();
    activity.timeline();
    activity.languages();
    TerminalContentSections content = new TerminalContentSections(page, report);
    content.words();
    content.reactions();
    content.service();
    footer(out, result);
    out.flush();
  }

  private void header(PrintWriter out, AnalysisResult result) {
    String title = " " + TextCells.oneLine(result.title()) + " ";
    String rule = "═".repeat(Math.max(3, WIDTH - 6 - TextCells.width(title)));
    out.println(palette.title(TextCells.cut("═══" + title + rule, WIDTH)));
    Overview overview = result.report().overview();
    String types =
        overview.chats().stream()
            .map(chat -> chat.type())
            .distinct()
            .collect(Collectors.joining(", "));
    String period = period(overview);
    out.println(
        palette.dim(
            TextCells.cut(
                period + " · " + overview.zone() + " · " + types + " · " + result.source(),
                WIDTH)));
  }

  private static String period(Overview overview) {
    if (overview.first() == null) {
      return "no messages";
    }
    LocalDays days = new LocalDays(overview.zone());
    return days.day(overview.first())
        + " → "
        + days.day(overview.last())
        + " ("
        + Formats.count(days.span(overview.first(), overview.last()))
        + " days)";
  }

  private void overview(PrintWriter out, ChatReport report) {
    Overview o = report.overview();
    ReplySummary r = report.replies();
    section(out, "Overview");
    long span = o.first() == null ? 0 : new LocalDays(o.zone()).span(o.first(), o.last());
    row(
        out,
        "Messages",
        o.messages(),
        "text "
            + Formats.count(o.textMessages())
            + " · media "
            + Formats.count(o.mediaTotal())
            + " · service events "
            + Formats.count(o.serviceEvents()));
    row(
        out,
        "Members",
        o.members(),
        "active on " + Formats.count(o.activeDays()) + " of " + Formats.count(span) + " days");
    row(
        out,
        "Words",
        o.words(),
        "characters "
            + Formats.count(o.characters())
            + (o.textMessages() == 0
                ? ""
                : String.format(
                    " · %.1f words per text message", (double) o.words() / o.textMessages())));
    row(
        out,
        "Replies",
        r.replies(),
        "resolved "
            + Formats.count(r.resolved())
            + " · typical response "
            + Formats.duration(r.typicalResponse()));
    row(
        out,
        "Edited",
        o.edited(),
        "forwarded "
            + Formats.count(o.forwarded())
            + " · reactions "
            + Formats.count(o.reactions()));
    if (!o.media().isEmpty()) {
      String media =
          o.media().entrySet().stream()
              .sorted(Map.Entry.<MediaKind, Long>comparingByValue().reversed())
              .map(e -> Formats.media(e.getKey()) + " " + Formats.count(e.getValue()))
              .collect(Collectors.joining(" · "));
      row(out, "Media", o.mediaTotal(), media);
    }
  }

  private void row(PrintWriter out, String label, long value, String detail) {
    String line =
        "  " + TextCells.left(label, 10) + TextCells.right(Formats.count(value), 10) + "   ";
    out.println(line + palette.dim(TextCells.cut(detail, WIDTH - TextCells.width(line))));
  }

  /** {@code uk 80%}: the member's most used language and its share of their text. */
  static String mainLanguage(Map<Language, Long> languages, long textMessages) {
    return languages.entrySet().stream()
        .filter(e -> e.getKey() != Language.UNKNOWN)
        .max(
            Map.Entry.<Language, Long>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .map(e -> e.getKey().code() + " " + Math.round(100.0 * e.getValue() / textMessages) + "%")
        .orElse("–");
  }

  private void section(PrintWriter out, String title) {
    out.println();
    out.println(palette.title(title));
  }

  private void footer(PrintWriter out, AnalysisResult result) {
    out.println();
    var read = result.read();
    StringBuilder line =
        new StringBuilder(
            String.format(
                "Read %s, %s entries in %.1f s",
                Formats.bytes(result.bytes()),
                Formats.count(read.entries()),
                result.elapsed().toMillis() / 1000.0));
    if (read.unsupported() > 0) {
      line.append(" · ").append(Formats.count(read.unsupported())).append(" unsupported");
    }
    if (read.skipped() > 0) {
      line.append(" · ").append(Formats.count(read.skipped())).append(" skipped (--lenient)");
    }
    if (read.truncated()) {
      line.append(" · the file ends early");
    }
    out.println(palette.dim(TextCells.cut(line.toString(), WIDTH)));
    for (String problem : read.problems()) {
      out.println(palette.dim(TextCells.cut("  " + problem, WIDTH)));
    }
    if (!TerminalContentSections.allExact(result.report())) {
      out.println(
          palette.dim(
              "Some top lists are approximate: rare values were forgotten"
                  + " (docs/cli.md, \"Top lists\")."));
    }
  }

  static String mood(SentimentSummary sentiment) {
    return sentiment.scored() == 0 ? "–" : Formats.score(sentiment.mean());
  }

  static String date(Instant instant, LocalDays days) {
    return instant == null ? "–" : days.day(instant).toString();
  }
}
