package dev.gryag.app.cli.report;

import static dev.gryag.app.cli.report.HtmlCards.card;
import static dev.gryag.app.cli.report.HtmlTable.cell;
import static dev.gryag.app.cli.report.HtmlTable.number;

import dev.gryag.core.analytics.ChatReport;
import dev.gryag.core.analytics.MemberReport;
import dev.gryag.core.analytics.Ranked;
import dev.gryag.core.analytics.ReplyPair;
import dev.gryag.core.analytics.ReplySummary;
import dev.gryag.core.analytics.Sender;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The HTML report's cards about members: who posts, their rhythm and words, who replies. */
final class HtmlMemberSections {

  private static final int MAX_BARS = 15;
  private static final int MATRIX = 8;

  private final ChatReport report;
  private final LocalDays days;

  HtmlMemberSections(ChatReport report) {
    this.report = report;
    this.days = new LocalDays(report.overview().zone());
  }

  String members() {
    long all = report.overview().messages();
    List<ChartPoint> bars = new ArrayList<>();
    for (MemberReport m : report.members().stream().limit(MAX_BARS).toList()) {
      bars.add(
          new ChartPoint(
              m.sender().displayName(),
              m.messages(),
              m.sender().displayName()
                  + ": "
                  + Formats.count(m.messages())
                  + " messages ("
                  + Formats.share(m.messages(), all)
                  + ")"));
    }
    HtmlTable table =
        new HtmlTable(
            "members",
            "Member",
            "Messages",
            "Share",
            "Words",
            "Avg length",
            "Media",
            "Stickers",
            "Voice",
            "Links",
            "Edits",
            "Forwards",
            "Questions",
            "Mood",
            "Language");
    for (MemberReport m : report.members()) {
      double mean = m.sentiment().mean();
      table.row(
          cell("name", m.sender().displayName()),
          number(m.messages()),
          number(Formats.share(m.messages(), all)),
          number(m.words()),
          number(String.format(Locale.ROOT, "%.1f", m.averageLength())),
          number(m.mediaTotal()),
          number(m.stickers()),
          number(Formats.minutes(m.voiceSeconds())),
          number(m.links()),
          number(m.edits()),
          number(m.forwards()),
          number(m.questions()),
          cell(
              mean > 0.05 ? "num pos" : mean < -0.05 ? "num neg" : "num",
              TerminalReportRenderer.mood(m.sentiment())),
          cell("", TerminalReportRenderer.mainLanguage(m.languages(), m.textMessages())));
    }
    String subtitle =
        report.members().size() > MAX_BARS
            ? "the " + MAX_BARS + " most active of " + report.members().size()
            : "by messages";
    return card("Members", subtitle, SvgShareCharts.bars(bars) + table);
  }

  String rhythm() {
    HtmlTable table =
        new HtmlTable(
            "members",
            "Member",
            "Replies",
            "Replied to",
            "Typical reply",
            "Active days",
            "First – last",
            "Top words",
            "Emoji");
    for (MemberReport m : report.members()) {
      table.row(
          cell("name", m.sender().displayName()),
          number(m.repliesSent()),
          number(m.repliesReceived()),
          number(Formats.duration(m.typicalResponse())),
          number(m.activeDays()),
          cell(
              "dates",
              TerminalReportRenderer.date(m.firstMessage(), days)
                  + " – "
                  + TerminalReportRenderer.date(m.lastMessage(), days)),
          cell("words", HtmlCards.joined(m.topWords(), 8)),
          cell(
              "emoji",
              String.join(
                  " ", m.topEmoji().entries().stream().limit(6).map(Ranked::value).toList())));
    }
    return card(
        "Rhythm and words",
        "how each member replies, how often they are around, what they write about",
        table.toString());
  }

  String replies() {
    ReplySummary replies = report.replies();
    List<Sender> top = report.members().stream().limit(MATRIX).map(MemberReport::sender).toList();
    Map<String, Long> counts = new HashMap<>();
    long max = 1;
    for (ReplyPair pair : replies.pairs()) {
      counts.put(pair.from().key() + "\n" + pair.to().key(), pair.count());
      max = Math.max(max, pair.count());
    }
    String[] headers = new String[top.size() + 1];
    headers[0] = "replies ↓ to →";
    for (int i = 0; i < top.size(); i++) {
      headers[i + 1] = initials(top.get(i));
    }
    HtmlTable matrix = new HtmlTable("matrix", headers);
    for (Sender from : top) {
      String[] cells = new String[top.size() + 1];
      cells[0] = HtmlTable.header(from.displayName());
      for (int i = 0; i < top.size(); i++) {
        Sender to = top.get(i);
        cells[i + 1] =
            pairCell(from, to, counts.getOrDefault(from.key() + "\n" + to.key(), 0L), max);
      }
      matrix.row(cells);
    }
    String note =
        String.format(
            "<p class=\"muted\">Typical reply: %s (median of %s replies to"
                + " someone else). %s replies, %s found their message.</p>",
            Html.escape(Formats.duration(replies.typicalResponse())),
            Formats.count(replies.timed()),
            Formats.count(replies.replies()),
            Formats.count(replies.resolved()));
    return card("Who replies to whom", "the most active members", matrix + note);
  }

  private static String pairCell(Sender from, Sender to, long count, long max) {
    String tip = Html.escape(from.displayName() + " → " + to.displayName() + ": " + count);
    String colours =
        count == 0
            ? ""
            : "background:"
                + SvgHeatmap.ramp(count, max)
                + ";color:"
                + (count * 2 > max ? "#fff" : "inherit");
    return "<td title=\""
        + tip
        + "\" style=\""
        + colours
        + "\">"
        + (count == 0 ? "" : Formats.count(count))
        + "</td>";
  }

  private static String initials(Sender sender) {
    StringBuilder initials = new StringBuilder();
    for (String part : sender.displayName().strip().split("\\s+")) {
      if (!part.isEmpty() && Character.isLetter(part.codePointAt(0)) && initials.length() < 3) {
        initials.appendCodePoint(part.codePointAt(0));
      }
    }
    return initials.toString();
  }
}
