package dev.gryag.adapter.telegram;

import dev.gryag.core.conversation.MarkdownText;
import java.util.regex.Pattern;

/**
 * Inline Markdown to Telegram HTML: {@code **bold**}, {@code __bold__}, {@code *italic*}, {@code
 * _italic_}, {@code ~~strike~~}, {@code `code`} and {@code [text](url)}, nested as written, with
 * backslash escapes. A delimiter without its partner stays literal text; {@code _} inside a word
 * ({@code snake_case}) is not emphasis; only web, {@code tg:} and {@code mailto:} links are links.
 */
final class InlineMarkdown {

  private static final Pattern LINK_TARGET = Pattern.compile("(?i)(https?://|tg://|mailto:)\\S+");

  /** What a backslash makes literal: core's contract for literal text in a reply. */
  private static final String ESCAPABLE = MarkdownText.ESCAPABLE;

  private InlineMarkdown() {}

  static String toHtml(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    inline(text, 0, text.length(), out, false);
    return out.toString();
  }

  private static void inline(String s, int from, int to, StringBuilder out, boolean inLink) {
    int i = from;
    while (i < to) {
      int next = construct(s, i, to, out, inLink);
      if (next > i) {
        i = next;
      } else if (s.charAt(i) == '\\' && i + 1 < to && ESCAPABLE.indexOf(s.charAt(i + 1)) >= 0) {
        HtmlText.escapeInto(out, s.substring(i + 1, i + 2));
        i += 2;
      } else {
        HtmlText.escapeInto(out, s.substring(i, i + 1));
        i++;
      }
    }
  }

  /** Writes the construct starting at {@code i} and returns where it ends, or {@code i}. */
  private static int construct(String s, int i, int to, StringBuilder out, boolean inLink) {
    char c = s.charAt(i);
    return switch (c) {
      case '`' -> codeSpan(s, i, to, out);
      case '[' -> inLink ? i : link(s, i, to, out);
      case '*', '_' -> {
        int bold = i + 1 < to && s.charAt(i + 1) == c ? emphasis(s, i, to, out, 2, "b", inLink) : i;
        yield bold > i ? bold : emphasis(s, i, to, out, 1, "i", inLink);
      }
      case '~' ->
          i + 1 < to && s.charAt(i + 1) == '~' ? emphasis(s, i, to, out, 2, "s", inLink) : i;
      default -> i;
    };
  }

  private static int codeSpan(String s, int i, int to, StringBuilder out) {
    int run = run(s, i, to, '`');
    for (int j = i + run; j < to; ) {
      int closing = run(s, j, to, '`');
      if (closing == run) {
        String content = s.substring(i + run, j);
        if (content.length() > 2 && content.startsWith(" ") && content.endsWith(" ")) {
          content = content.substring(1, content.length() - 1);
        }
        if (content.isBlank()) {
          break;
        }
        out.append("<code>").append(HtmlText.escape(content)).append("</code>");
        return j + run;
      }
      j += Math.max(1, closing);
    }
    out.append(s, i, i + run);
    return i + run;
  }

  private static int link(String s, int i, int to, StringBuilder out) {
    int close = closingBracket(s, i, to);
    if (close < 0 || close + 1 >= to || s.charAt(close + 1) != '(') {
      return i;
    }
    int end = closingParen(s, close + 1, to);
    if (end < 0) {
      return i;
    }
    String target = s.substring(close + 2, end).strip();
    int space = target.indexOf(' ');
    String url = space < 0 ? target : target.substring(0, space);
    if (!LINK_TARGET.matcher(url).matches()) {
      return i;
    }
    out.append("<a href=\"").append(HtmlText.escapeAttribute(url)).append("\">");
    if (close == i + 1) {
      HtmlText.escapeInto(out, url);
    } else {
      inline(s, i + 1, close, out, true);
    }
    out.append("</a>");
    return end + 1;
  }

  private static int emphasis(
      String s, int i, int to, StringBuilder out, int width, String tag, boolean inLink) {
    char d = s.charAt(i);
    int open = i + width;
    if (open >= to || Character.isWhitespace(s.charAt(open)) || s.charAt(open) == d && width == 1) {
      return i;
    }
    if (d == '_' && i > 0 && Character.isLetterOrDigit(s.charAt(i - 1))) {
      return i;
    }
    int close = closingDelimiter(s, open + 1, to, d, width);
    if (close < 0) {
      return i;
    }
    out.append('<').append(tag).append('>');
    inline(s, open, close, out, inLink);
    out.append("</").append(tag).append('>');
    return close + width;
  }

  /** Where the delimiter run closing an emphasis starts, or -1; code spans are skipped. */
  private static int closingDelimiter(String s, int from, int to, char d, int width) {
    for (int j = from; j + width <= to; j++) {
      char c = s.charAt(j);
      if (c == '`') {
        int run = run(s, j, to, '`');
        int end = s.indexOf("`".repeat(run), j + run);
        j = end < 0 || end >= to ? j + run - 1 : end + run - 1;
        continue;
      }
      if (c != d) {
        continue;
      }
      int run = run(s, j, to, d);
      int close = j + run - width;
      boolean closes =
          !Character.isWhitespace(s.charAt(j - 1))
              && run >= width
              && !(width == 1 && run > 1)
              && !(d == '_'
                  && close + width < to
                  && Character.isLetterOrDigit(s.charAt(close + width)));
      if (closes) {
        return close;
      }
      j += run - 1;
    }
    return -1;
  }

  private static int run(String s, int i, int to, char c) {
    int j = i;
    while (j < to && s.charAt(j) == c) {
      j++;
    }
    return j - i;
  }

  private static int closingBracket(String s, int i, int to) {
    int depth = 0;
    for (int j = i; j < to; j++) {
      char c = s.charAt(j);
      if (c == '\\') {
        j++;
      } else if (c == '[') {
        depth++;
      } else if (c == ']' && --depth == 0) {
        return j;
      }
    }
    return -1;
  }

  private static int closingParen(String s, int open, int to) {
    int depth = 0;
    for (int j = open; j < to; j++) {
      char c = s.charAt(j);
      if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return j;
      } else if (c == '\n') {
        return -1;
      }
    }
    return -1;
  }
}
