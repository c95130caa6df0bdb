package dev.gryag.app.cli.report;

import static dev.gryag.app.cli.report.HtmlCards.card;
import static dev.gryag.app.cli.report.HtmlCards.chips;

import dev.gryag.core.analytics.ChatReport;
import dev.gryag.core.analytics.Content;
import dev.gryag.core.analytics.ReactedMessage;
import dev.gryag.core.analytics.ServiceSummary;
import java.util.Locale;

/** The HTML report's cards about content: words, emoji, reactions, service events. */
final class HtmlContentSections {

  private final ChatReport report;
  private final LocalDays days;

  HtmlContentSections(ChatReport report) {
    this.report = report;
    this.days = new LocalDays(report.overview().zone());
  }

  String words() {
    StringBuilder html = new StringBuilder("<div class=\"grid words\">");
    report
        .content()
        .topWords()
        .forEach((language, top) ->
            html.append("<div><h3>")
                .append(Html.escape(HtmlCards.languageName(language)))
                .append("</h3>")
                .append(chips(top))
                .append("</div>"));
    if (report.content().topWords().isEmpty()) {
      html.append("<p class=\"muted\">No words to count.</p>");
    }
    return card("Top words", "by language, stopwords removed", html.append("</div>").toString());
  }

  String reactions() {
    Content content = report.content();
    if (content.topEmoji().entries().isEmpty()
        && content.topStickers().entries().isEmpty()
        && content.topReactions().entries().isEmpty()) {
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
      content.mostReacted().forEach(m -> html.append(reacted(m)));
      html.append("</ol>");
    }
    return card("Emoji, stickers and reactions", "", html.toString());
  }

  String service() {
    ServiceSummary service = report.service();
    if (service.byKind().isEmpty()) {
      return "";
    }
    StringBuilder html = new StringBuilder("<p>");
    service
        .byKind()
        .forEach((kind, count) ->
            html.append("<span class=\"chip\">")
                .append(kind.name().toLowerCase(Locale.ROOT))
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

  private String reacted(ReactedMessage message) {
    String breakdown =
        String.join(
            " ",
            message.breakdown().stream()
                .map(r -> Formats.label(r.label()) + " " + r.count())
                .toList());
    String about =
        message.sender().displayName() + " · " + days.day(message.sentAt()) + " · " + breakdown;
    return "<li><span class=\"count\">"
        + Formats.count(message.reactions())
        + "</span><div><p>"
        + Html.escape(message.excerpt())
        + "</p><small>"
        + Html.escape(about)
        + "</small></div></li>";
  }
}
