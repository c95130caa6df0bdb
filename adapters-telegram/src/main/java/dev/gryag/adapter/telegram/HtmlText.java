package dev.gryag.adapter.telegram;

/** Escaping into, and text out of, Telegram's HTML subset. */
final class HtmlText {

  private HtmlText() {}

  /** Escapes the three characters Telegram requires escaped in HTML text. */
  static String escape(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    escapeInto(out, text);
    return out.toString();
  }

  static void escapeInto(StringBuilder out, CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        default -> out.append(c);
      }
    }
  }

  /** Escapes a value for a double-quoted attribute. */
  static String escapeAttribute(String value) {
    return escape(value).replace("\"", "&quot;");
  }

  /** The text a reader sees: tags removed, entities decoded. */
  static String toPlain(String html) {
    StringBuilder out = new StringBuilder(html.length());
    int i = 0;
    while (i < html.length()) {
      char c = html.charAt(i);
      if (c == '<') {
        int end = html.indexOf('>', i);
        i = end < 0 ? html.length() : end + 1;
      } else if (c == '&') {
        int end = html.indexOf(';', i);
        String decoded = end < 0 ? null : decode(html.substring(i + 1, end));
        if (decoded == null) {
          out.append(c);
          i++;
        } else {
          out.append(decoded);
          i = end + 1;
        }
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static String decode(String name) {
    return switch (name) {
      case "amp" -> "&";
      case "lt" -> "<";
      case "gt" -> ">";
      case "quot" -> "\"";
      case "apos" -> "'";
      default -> numeric(name);
    };
  }

  private static String numeric(String name) {
    if (name.length() < 2 || name.length() > 9 || name.charAt(0) != '#') {
      return null;
    }
    try {
      int code =
          name.charAt(1) == 'x' || name.charAt(1) == 'X'
              ? Integer.parseInt(name.substring(2), 16)
              : Integer.parseInt(name.substring(1));
      return Character.isValidCodePoint(code) ? Character.toString(code) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
