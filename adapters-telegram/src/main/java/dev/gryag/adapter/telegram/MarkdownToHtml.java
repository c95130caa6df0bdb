package dev.gryag.adapter.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the light Markdown a language model writes into Telegram's HTML subset, block by block:
 * fenced code becomes {@code <pre>}, {@code >} lines a {@code <blockquote>}, {@code # headings}
 * bold, bullets dots; each line's inline Markdown goes through {@link InlineMarkdown}. Everything
 * else is escaped, so the output is always well-formed.
 */
final class MarkdownToHtml {

  private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})\\s*([^\\s`]*)\\s*$");
  private static final Pattern HEADING = Pattern.compile("^ {0,3}#{1,6}\\s+(.*?)(\\s+#+)?\\s*$");
  private static final Pattern BULLET = Pattern.compile("^(\\s*)[*+-]\\s+(.*)$");
  private static final Pattern QUOTE = Pattern.compile("^ {0,3}>\\s?(.*)$");
  private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z0-9_+#.-]{1,32}");

  private MarkdownToHtml() {}

  static String convert(String markdown) {
    String[] lines = markdown.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    List<String> out = new ArrayList<>(lines.length);
    int i = 0;
    while (i < lines.length) {
      Matcher fence = FENCE.matcher(lines[i]);
      if (fence.matches()) {
        i = codeBlock(lines, i, fence.group(1), fence.group(2), out);
      } else if (QUOTE.matcher(lines[i]).matches()) {
        i = quote(lines, i, out);
      } else {
        out.add(line(lines[i]));
        i++;
      }
    }
    return String.join("\n", out);
  }

  private static int codeBlock(
      String[] lines, int start, String marker, String language, List<String> out) {
    StringBuilder code = new StringBuilder();
    int i = start + 1;
    for (; i < lines.length && !closesFence(lines[i], marker); i++) {
      if (i > start + 1) {
        code.append('\n');
      }
      code.append(lines[i]);
    }
    if (code.isEmpty()) {
      out.add("");
    } else if (LANGUAGE.matcher(language).matches()) {
      out.add(
          "<pre><code class=\"language-"
              + HtmlText.escapeAttribute(language)
              + "\">"
              + HtmlText.escape(code)
              + "</code></pre>");
    } else {
      out.add("<pre>" + HtmlText.escape(code) + "</pre>");
    }
    return i < lines.length ? i + 1 : i;
  }

  private static boolean closesFence(String line, String marker) {
    String stripped = line.strip();
    if (stripped.length() < marker.length()) {
      return false;
    }
    for (int i = 0; i < stripped.length(); i++) {
      if (stripped.charAt(i) != marker.charAt(0)) {
        return false;
      }
    }
    return true;
  }

  private static int quote(String[] lines, int start, List<String> out) {
    List<String> body = new ArrayList<>();
    int i = start;
    for (Matcher m; i < lines.length && (m = QUOTE.matcher(lines[i])).matches(); i++) {
      body.add(line(m.group(1)));
    }
    out.add("<blockquote>" + String.join("\n", body) + "</blockquote>");
    return i;
  }

  private static String line(String line) {
    Matcher heading = HEADING.matcher(line);
    if (heading.matches() && !heading.group(1).isEmpty()) {
      return "<b>" + InlineMarkdown.toHtml(heading.group(1)) + "</b>";
    }
    Matcher bullet = BULLET.matcher(line);
    if (bullet.matches()) {
      return bullet.group(1) + "• " + InlineMarkdown.toHtml(bullet.group(2));
    }
    return InlineMarkdown.toHtml(line);
  }
}
