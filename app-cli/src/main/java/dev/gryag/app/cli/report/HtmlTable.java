package dev.gryag.app.cli.report;

/** An HTML table built row by row, in a horizontally scrolling box; cell text is escaped. */
final class HtmlTable {

  private final StringBuilder html = new StringBuilder(4096);

  HtmlTable(String cssClass, String... headers) {
    html.append("<div class=\"scroll\"><table class=\"").append(cssClass).append("\"><thead><tr>");
    for (String header : headers) {
      html.append("<th>").append(Html.escape(header)).append("</th>");
    }
    html.append("</tr></thead><tbody>");
  }

  /** One row of cells made by {@link #cell}, {@link #number} or {@link #header}. */
  HtmlTable row(String... cells) {
    html.append("<tr>");
    for (String cell : cells) {
      html.append(cell);
    }
    html.append("</tr>");
    return this;
  }

  static String cell(String cssClass, String text) {
    return "<td class=\"" + cssClass + "\">" + Html.escape(text) + "</td>";
  }

  static String number(String text) {
    return cell("num", text);
  }

  static String number(long value) {
    return number(Formats.count(value));
  }

  static String header(String text) {
    return "<th>" + Html.escape(text) + "</th>";
  }

  @Override
  public String toString() {
    return html + "</tbody></table></div>";
  }
}
