package dev.gryag.app.cli.report;

import dev.gryag.app.cli.support.ControlSequences;

/** Escaping text for HTML and SVG. */
final class Html {

  private Html() {}

  /**
   * The text with {@code & < > " '} escaped, safe in element content and attribute values, and
   * without control characters or bidi overrides, which chat text may carry but a page must not.
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        case '\t', '\n', '\r' -> out.append(c);
        default -> {
          if (!ControlSequences.isControl(c)) {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
