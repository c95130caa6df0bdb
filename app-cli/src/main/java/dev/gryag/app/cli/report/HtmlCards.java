package dev.gryag.app.cli.report;

import dev.gryag.core.analytics.Ranked;
import dev.gryag.core.analytics.TopList;
import dev.gryag.core.analyzer.Language;
import java.util.Locale;

/** The building blocks of the HTML report's cards: the card itself, chips, names. */
final class HtmlCards {

  private HtmlCards() {}

  /** A {@code <section>} card, its id made from the title so it can be linked to. */
  static String card(String title, String subtitle, String body) {
    String id = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-").replaceAll("-$", "");
    return "<section class=\"card\" id=\""
        + id
        + "\"><h2>"
        + Html.escape(title)
        + "</h2>"
        + (subtitle.isEmpty() ? "" : "<p class=\"muted\">" + Html.escape(subtitle) + "</p>")
        + body
        + "</section>\n";
  }

  /** A top list as chips, the most frequent set larger. */
  static String chips(TopList top) {
    if (top.entries().isEmpty()) {
      return "<p class=\"muted\">none</p>";
    }
    long max = top.entries().get(0).count();
    StringBuilder html = new StringBuilder("<p class=\"chips\">");
    for (Ranked r : top.entries()) {
      html.append(
              String.format(
                  Locale.ROOT,
                  "<span class=\"chip\" title=\"%s\" style=\"font-size:%.2frem\">",
                  Html.escape(r.value()),
                  0.85 + 0.6 * r.count() / max))
          .append(Html.escape(Formats.label(r.value())))
          .append(" <b>")
          .append(Formats.count(r.count()))
          .append("</b></span>");
    }
    return html.append("</p>").toString();
  }

  /** The first {@code limit} values of a top list, comma-separated. */
  static String joined(TopList top, int limit) {
    return String.join(", ", top.entries().stream().limit(limit).map(Ranked::value).toList());
  }

  static String languageName(Language language) {
    return switch (language) {
      case UK -> "Ukrainian";
      case RU -> "Russian";
      case EN -> "English";
      case OTHER -> "other";
      case UNKNOWN -> "too short to tell";
    };
  }
}
