package dev.gryag.app.cli.report;

import dev.gryag.core.analytics.ChatReport;
import dev.gryag.core.analytics.MemberReport;
import dev.gryag.core.analytics.Ranked;
import dev.gryag.core.analytics.ReplyPair;
import dev.gryag.core.analytics.ReplySummary;
import java.io.PrintWriter;

/** The terminal report's sections about members: rhythm, words and who replies to whom. */
final class TerminalMemberSections {

  private static final int WIDTH = TerminalPage.WIDTH;
  private static final int BAR = 50;

  private final TerminalPage page;
  private final PrintWriter out;
  private final Palette palette;
  private final ChatReport report;
  private final LocalDays days;

  TerminalMemberSections(TerminalPage page, ChatReport report) {
    this.page = page;
    this.out = page.out;
    this.palette = page.palette;
    this.report = report;
    this.days = new LocalDays(report.overview().zone());
  }

  void table() {
    page.section("Members");
    String head =
        "  "
            + TextCells.left("NAME", 22)
            + TextCells.right("MSGS", 7)
            + TextCells.right("SHARE", 7)
            + TextCells.right("WORDS", 8)
            + TextCells.right("AVG LEN", 8)
            + TextCells.right("MEDIA", 6)
            + TextCells.right("STICK", 6)
            + TextCells.right("VOICE", 6)
            + TextCells.right("LINKS", 6)
            + TextCells.right("?", 4)
            + TextCells.right("MOOD", 7)
            + "  "
            + TextCells.left("LANG", 9);
    out.println(palette.strong(head));
    long all = report.overview().messages();
    for (MemberReport m : report.members()) {
      String mood = m.sentiment().scored() == 0 ? "–" : Formats.score(m.sentiment().mean());
      String line =
          "  "
              + TextCells.left(TextCells.oneLine(m.sender().displayName()), 21)
              + " "
              + TextCells.right(Formats.count(m.messages()), 7)
              + TextCells.right(Formats.share(m.messages(), all), 7)
              + TextCells.right(Formats.count(m.words()), 8)
              + TextCells.right(String.format("%.1f", m.averageLength()), 8)
              + TextCells.right(Formats.count(m.mediaTotal()), 6)
              + TextCells.right(Formats.count(m.stickers()), 6)
              + TextCells.right(Formats.minutes(m.voiceSeconds()), 6)
              + TextCells.right(Formats.count(m.links()), 6)
              + TextCells.right(Formats.count(m.questions()), 4);
      out.println(
          line
              + palette.mood(m.sentiment().mean(), TextCells.right(mood, 7))
              + "  "
              + TextCells.left(
                  TerminalReportRenderer.mainLanguage(m.languages(), m.textMessages()), 9));
    }
  }

  void details() {
    page.section("Members: replies and rhythm");
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
    page.section("Members: words and emoji");
    for (MemberReport m : report.members()) {
      String name = "  " + TextCells.left(TextCells.oneLine(m.sender().displayName()), 21) + " ";
      String emoji =
          TextCells.oneLine(
              String.join(" ", m.topEmoji().entries().stream().map(Ranked::value).toList()));
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
    page.section("Who replies to whom");
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
              + palette.bar(TerminalPage.bar(pair.count(), max, 45)));
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
}
