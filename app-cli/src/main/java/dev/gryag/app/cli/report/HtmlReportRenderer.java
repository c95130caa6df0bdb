package dev.gryag.app.cli.report;

import dev.gryag.app.cli.support.Version;
import dev.gryag.core.analytics.ChatReport;
import dev.gryag.core.analytics.Overview;
import dev.gryag.core.analytics.ReplySummary;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Writes the report as one self-contained HTML page: styles inline, charts as inline SVG, no script
 * and nothing fetched, so it opens offline and can be mailed as a single file.
 */
final class HtmlReportRenderer implements ReportRenderer {

  private static final String STYLE = stylesheet();

  @Override
  public void render(AnalysisResult result, Writer out) throws IOException {
    StringBuilder page = new StringBuilder(64 * 1024);
    page.append("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"gryag ")
        .append(Html.escape(Version.project()))
        .append("\">\n<title>")
        .append(Html.escape("Gryag · " + result.title()))
        .append("</title>\n<style>\n")
        .append(STYLE)
        .append("</style>\n</head>\n<body>\n")
        .append(hero(result))
        .append("<main>\n")
        .append(cards(result.report()))
        .append("</main>\n")
        .append(footer(result))
        .append("</body>\n</html>\n");
    out.write(page.toString());
    out.flush();
  }

  private static String cards(ChatReport report) {
    if (report.overview().messages() == 0) {
      return "<section class=\"card\"><h2>Nothing to analyse</h2><p>No message in the chosen"
          + " chats and period.</p></section>\n";
    }
    HtmlActivitySections activity = new HtmlActivitySections(report);
    HtmlMemberSections members = new HtmlMemberSections(report);
    HtmlContentSections content = new HtmlContentSections(report);
    return activity.timeline()
        + activity.heatmap()
        + members.members()
        + members.rhythm()
        + "<div class=\"grid two\">\n"
        + activity.languages()
        + members.replies()
        + "</div>\n"
        + content.words()
        + content.reactions()
        + content.service();
  }

  private static String hero(AnalysisResult result) {
    Overview o = result.report().overview();
    ReplySummary r = result.report().replies();
    LocalDays days = new LocalDays(o.zone());
    String period =
        o.first() == null
            ? "no messages"
            : days.day(o.first())
                + " – "
                + days.day(o.last())
                + " · "
                + Formats.count(days.span(o.first(), o.last()))
                + " days";
    StringBuilder html = new StringBuilder("<header class=\"hero\">\n<div class=\"wrap\">\n");
    html.append("<p class=\"eyebrow\">Chat analysis</p>\n<h1>")
        .append(Html.escape(result.title()))
        .append("</h1>\n<p class=\"sub\">")
        .append(Html.escape(period + " · " + o.zone() + " · " + result.source()))
        .append("</p>\n<div class=\"kpis\">\n");
    kpi(
        html,
        Formats.count(o.messages()),
        "messages",
        Formats.count(o.textMessages()) + " with text");
    kpi(html, Formats.count(o.members()), "members", "who posted");
    kpi(html, Formats.count(o.words()), "words", Formats.count(o.characters()) + " characters");
    kpi(
        html,
        Formats.count(o.activeDays()),
        "active days",
        o.first() == null ? "" : "of " + Formats.count(days.span(o.first(), o.last())));
    kpi(
        html,
        Formats.duration(r.typicalResponse()),
        "typical reply",
        Formats.count(r.replies()) + " replies");
    kpi(html, Formats.count(o.reactions()), "reactions", Formats.count(o.mediaTotal()) + " media");
    return html.append("</div>\n</div>\n</header>\n").toString();
  }

  private static void kpi(StringBuilder html, String value, String label, String detail) {
    html.append("<div class=\"kpi\"><b>")
        .append(Html.escape(value))
        .append("</b><span>")
        .append(Html.escape(label))
        .append("</span><small>")
        .append(Html.escape(detail))
        .append("</small></div>\n");
  }

  private static String footer(AnalysisResult result) {
    var read = result.read();
    StringBuilder text =
        new StringBuilder("Made by gryag ")
            .append(Version.project())
            .append(" from ")
            .append(result.source())
            .append(" (")
            .append(Formats.bytes(result.bytes()))
            .append(", ")
            .append(Formats.count(read.entries()))
            .append(" entries");
    if (read.unsupported() > 0) {
      text.append(", ").append(Formats.count(read.unsupported())).append(" unsupported");
    }
    if (read.skipped() > 0) {
      text.append(", ").append(Formats.count(read.skipped())).append(" skipped as unreadable");
    }
    text.append(").");
    if (read.truncated()) {
      text.append(" The file ends early: the report covers what came before.");
    }
    if (!TerminalContentSections.allExact(result.report())) {
      text.append(" Some top lists are approximate (rare values were forgotten).");
    }
    return "<footer>" + Html.escape(text.toString()) + "</footer>\n";
  }

  private static String stylesheet() {
    try (InputStream in = HtmlReportRenderer.class.getResourceAsStream("report.css")) {
      if (in == null) {
        throw new IllegalStateException("report.css is missing from the gryag jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read report.css from the gryag jar", e);
    }
  }
}
