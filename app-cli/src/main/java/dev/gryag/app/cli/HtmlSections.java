package dev.gryag.app.cli;

import dev.gryag.core.analytics.ChatReport;
import dev.gryag.core.analytics.MemberReport;
import dev.gryag.core.analytics.Ranked;
import dev.gryag.core.analytics.ReactedMessage;
import dev.gryag.core.analytics.ReplyPair;
import dev.gryag.core.analytics.ReplySummary;
import dev.gryag.core.analytics.Sender;
import dev.gryag.core.analytics.TopList;
import dev.gryag.core.analyzer.Language;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The cards of the HTML report, each a {@code <section>} with its chart or table. */
final class HtmlSections {

  private static final int MAX_BARS = 15;
  private static final int MATRIX = 8;

  private final AnalysisResult result;
  private final ChatReport report;
  private final LocalDays days;

  HtmlSections(AnalysisResult result) {
    this.result = result;
    this.report = result.report();
    this.days = new LocalDays(report.overview().zone());
  }

  String timeline() {
    var buckets = TimeBuckets.of(report.activity(), 60);
    List<SvgCharts.Point> messages = new ArrayList<>();
    List<SvgCharts.Point> moods = new ArrayList<>();
    for (var b : buckets) {
      messages.add(
          new SvgCharts.Point(
              b.label(),
              b.sum().messages(),
              b.label()
                  + ": "
                  + Formats.count(b.sum().messages())
                  + " messages, "
                  + Formats.count(b.sum().words())
                  + " words"));
      moods.add(
          new SvgCharts.Point(
              b.label(),
              b.sum().sentiment().mean(),
              SvgCharts.moodTip(b.label(), b.sum().sentiment())));
    }
    return card(
            "Messages over time", "per " + unit(buckets), SvgCharts.columns(messages, "#4f46e5"))
        + card(
            "Mood over time",
            "mean sentiment of the text messages, from −1 to +1",
            SvgCharts.mood(moods));
  }

  String heatmap() {
    return card(
        "When the chat is awake",
        "messages by weekday and hour, " + report.overview().zone(),
        "<div class=\"scroll\">" + SvgCharts.heatmap(report.activity().weekHours()) + "</div>");
  }

  String members() {
    long all = report.overview().messages();
    List<SvgCharts.Point> bars = new ArrayList<>();
    for (MemberReport m :
        report.members().subList(0, Math.min(MAX_BARS, report.members().size()))) {
      bars.add(
          new SvgCharts.Point(
              m.sender().displayName(), m.messages(), HtmlReportRenderer.tip(m, all)));
    }
    StringBuilder table =
        new StringBuilder("<div class=\"scroll\"><table class=\"members\">")
            .append("<thead><tr><th>Member</th><th>Messages</th><th>Share</th><th>Words</th>")
            .append(
                "<th>Avg length</th><th>Media</th><th>Stickers</th><th>Voice</th><th>Links</th>")
            .append("<th>Questions</th><th>Mood</th><th>Language</th>")
            .append("</tr></thead><tbody>");
    for (MemberReport m : report.members()) {
      double mean = m.sentiment().mean();
      table
          .append("<tr><td class=\"name\">")
          .append(esc(m.sender().displayName()))
          .append(num(Formats.count(m.messages())))
          .append(num(Formats.share(m.messages(), all)))
          .append(num(Formats.count(m.words())))
          .append(num(String.format(Locale.ROOT, "%.1f", m.averageLength())))
          .append(num(Formats.count(m.mediaTotal())))
          .append(num(Formats.count(m.stickers())))
          .append(num(Formats.minutes(m.voiceSeconds())))
          .append(num(Formats.count(m.links())))
          .append(num(Formats.count(m.questions())))
          .append("<td class=\"num ")
          .append(mean > 0.05 ? "pos" : mean < -0.05 ? "neg" : "")
          .append("\">")
          .append(esc(TerminalReportRenderer.mood(m.sentiment())))
          .append("</td>")
          .append("<td>")
          .append(esc(TerminalReportRenderer.mainLanguage(m.languages(), m.textMessages())))
          .append("</td></tr>");
    }
    table.append("</tbody></table></div>");
    String subtitle =
        report.members().size() > MAX_BARS
            ? "the " + MAX_BARS + " most active of " + report.members().size()
            : "by messages";
    return card("Members", subtitle, SvgCharts.bars(bars, SvgCharts.COLORS) + table);
  }

  String rhythm() {
    StringBuilder table =
        new StringBuilder("<div class=\"scroll\"><table class=\"members\">")
            .append("<thead><tr><th>Member</th><th>Replies</th><th>Replied to</th>")
            .append("<th>Typical reply</th><th>Edits</th><th>Forwards</th><th>Active days</th>")
            .append("<th>First – last</th><th>Top words and emoji</th></tr></thead><tbody>");
    for (MemberReport m : report.members()) {
      table
          .append("<tr><td class=\"name\">")
          .append(esc(m.sender().displayName()))
          .append(num(Formats.count(m.repliesSent())))
          .append(num(Formats.count(m.repliesReceived())))
          .append(num(Formats.duration(m.typicalResponse())))
          .append(num(Formats.count(m.edits())))
          .append(num(Formats.count(m.forwards())))
          .append(num(Formats.count(m.activeDays())))
          .append("<td class=\"dates\">")
          .append(TerminalReportRenderer.date(m.firstMessage(), days))
          .append(" –<br>")
          .append(TerminalReportRenderer.date(m.lastMessage(), days))
          .append("</td>")
          .append("<td class=\"words\">")
          .append(esc(joined(m.topWords(), 8)))
          .append(" <span class=\"emoji\">")
          .append(
              esc(
                  String.join(
                      " ", m.topEmoji().entries().stream().limit(6).map(Ranked::value).toList())))
          .append("</span></td></tr>");
    }
    table.append("</tbody></table></div>");
    return card(
        "Rhythm and words",
        "how each member replies, how often they are around, what they write about",
        table.toString());
  }

  String languages() {
    List<SvgCharts.Slice> slices = new ArrayList<>();
    int i = 0;
    for (var e : sortedByCount(report.content().languages())) {
      slices.add(
          new SvgCharts.Slice(
              languageName(e.getKey()),
              e.getValue(),
              SvgCharts.COLORS[i++ % SvgCharts.COLORS.length]));
    }
    String body =
        slices.isEmpty()
            ? "<p class=\"muted\">No text to tell languages by.</p>"
            : SvgCharts.donut(slices, Formats.count(report.overview().textMessages()));
    return card("Languages", "of the text messages", body);
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
    StringBuilder html =
        new StringBuilder("<div class=\"scroll\"><table class=\"matrix\">")
            .append("<thead><tr><th>replies ↓ to →</th>");
    top.forEach(s ->
        html.append("<th title=\"")
            .append(esc(s.displayName()))
            .append("\">")
            .append(esc(initials(s)))
            .append("</th>"));
    html.append("</tr></thead><tbody>");
    for (Sender from : top) {
      html.append("<tr><th>").append(esc(from.displayName())).append("</th>");
      for (Sender to : top) {
        long n = counts.getOrDefault(from.key() + "\n" + to.key(), 0L);
        html.append("<td title=\"")
            .append(esc(from.displayName() + " → " + to.displayName() + ": " + n))
            .append("\" style=\"background:")
            .append(n == 0 ? "transparent" : SvgCharts.ramp(n, max))
            .append(";color:")
            .append(n * 2 > max ? "#fff" : "inherit")
            .append("\">")
            .append(n == 0 ? "" : Formats.count(n))
            .append("</td>");
      }
      html.append("</tr>");
    }
    html.append("</tbody></table></div><p class=\"muted\">Typical reply: ")
        .append(esc(Formats.duration(replies.typicalResponse())))
        .append(" (median of ")
        .append(Formats.count(replies.timed()))
        .append(" replies to someone else). ")
        .append(Formats.count(replies.replies()))
        .append(" replies, ")
        .append(Formats.count(replies.resolved()))
        .append(" found their message.</p>");
    return card("Who replies to whom", "the most active members", html.toString());
  }

  String words() {
    StringBuilder html = new StringBuilder("<div class=\"grid words\">");
    report
        .content()
        .topWords()
        .forEach((language, top) ->
            html.append("<div><h3>")
                .append(esc(languageName(language)))
                .append("</h3>")
                .append(chips(top))
                .append("</div>"));
    if (report.content().topWords().isEmpty()) {
      html.append("<p class=\"muted\">No words to count.</p>");
    }
    return card("Top words", "by language, stopwords removed", html.append("</div>").toString());
  }

  String reactions() {
    var content = report.content();
    if (!HtmlReportRenderer.hasEntries(
        List.of(content.topEmoji(), content.topStickers(), content.topReactions()))) {
      return "";
    }
    StringBuilder html =
        new StringBuilder("<div class=\"grid three\">")
            .append("<div><h3>Emoji in messages</h3>")
            .append(chips(content.topEmoji()))
            .append("</div><div><h3>Stickers</h3>")
            .append(chips(content.topStickers()))
            .append("</div><div><h3>Reactions</h3>")
            .append(chips(content.topReactions()))
            .append("</div></div>");
    if (!content.mostReacted().isEmpty()) {
      html.append("<h3>Most reacted messages</h3><ol class=\"reacted\">");
      for (ReactedMessage m : content.mostReacted()) {
        html.append("<li><span class=\"count\">")
            .append(Formats.count(m.reactions()))
            .append("</span><div><p>")
            .append(esc(m.excerpt()))
            .append("</p><small>")
            .append(
                esc(m.sender().displayName() + " · " + days.day(m.sentAt()) + " · " + breakdown(m)))
            .append("</small></div></li>");
      }
      html.append("</ol>");
    }
    return card("Emoji, stickers and reactions", "", html.toString());
  }

  String service() {
    var service = report.service();
    if (service.byKind().isEmpty()) {
      return "";
    }
    StringBuilder html = new StringBuilder("<p>");
    service
        .byKind()
        .forEach((kind, count) ->
            html.append("<span class=\"chip\">")
                .append(esc(kind.name().toLowerCase(Locale.ROOT)))
                .append(" <b>")
                .append(Formats.count(count))
                .append("</b></span>"));
    html.append("</p><p class=\"muted\">")
        .append(Formats.count(service.joined()))
        .append(" members joined, ")
        .append(Formats.count(service.left()))
        .append(" left or were removed.</p>");
    return card("Service events", "joins, leaves, pins, renames", html.toString());
  }

  private static String card(String title, String subtitle, String body) {
    String id = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-").replaceAll("-$", "");
    return "<section class=\"card\" id=\""
        + id
        + "\"><h2>"
        + esc(title)
        + "</h2>"
        + (subtitle.isEmpty() ? "" : "<p class=\"muted\">" + esc(subtitle) + "</p>")
        + body
        + "</section>\n";
  }

  private static String chips(TopList top) {
    if (top.entries().isEmpty()) {
      return "<p class=\"muted\">none</p>";
    }
    long max = top.entries().get(0).count();
    StringBuilder html = new StringBuilder("<p class=\"chips\">");
    for (Ranked r : top.entries()) {
      double size = 0.85 + 0.6 * r.count() / max;
      html.append(
              String.format(
                  Locale.ROOT,
                  "<span class=\"chip\" title=\"%s\" style=\"font-size:%.2frem\">",
                  esc(r.value()),
                  size))
          .append(esc(Formats.label(r.value())))
          .append(" <b>")
          .append(Formats.count(r.count()))
          .append("</b></span>");
    }
    return html.append("</p>").toString();
  }

  private static String breakdown(ReactedMessage message) {
    return String.join(
        " ",
        message.breakdown().stream().map(r -> Formats.label(r.label()) + " " + r.count()).toList());
  }

  private static String joined(TopList top, int limit) {
    return String.join(", ", top.entries().stream().limit(limit).map(Ranked::value).toList());
  }

  private static String initials(Sender sender) {
    String name = sender.displayName().strip();
    StringBuilder initials = new StringBuilder();
    for (String part : name.split("\\s+")) {
      if (!part.isEmpty() && Character.isLetter(part.codePointAt(0)) && initials.length() < 3) {
        initials.appendCodePoint(part.codePointAt(0));
      }
    }
    return initials.toString();
  }

  private static String unit(List<TimeBuckets.Bucket> buckets) {
    if (buckets.size() < 2) {
      return "day";
    }
    long gap = buckets.get(1).start().toEpochDay() - buckets.get(0).start().toEpochDay();
    return gap == 1 ? "day" : gap == 7 ? "week" : gap < 32 ? "month" : "year";
  }

  private static String languageName(Language language) {
    return switch (language) {
      case UK -> "Ukrainian";
      case RU -> "Russian";
      case EN -> "English";
      case OTHER -> "other";
      case UNKNOWN -> "too short to tell";
    };
  }

  private static List<Map.Entry<Language, Long>> sortedByCount(Map<Language, Long> counts) {
    return counts.entrySet().stream()
        .sorted(Map.Entry.<Language, Long>comparingByValue().reversed())
        .toList();
  }

  private static String num(String value) {
    return "<td class=\"num\">" + esc(value) + "</td>";
  }

  private static String esc(String text) {
    return Html.escape(text);
  }
}
