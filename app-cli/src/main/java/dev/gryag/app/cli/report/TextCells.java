package dev.gryag.app.cli.report;

import dev.gryag.app.cli.support.ControlSequences;

/**
 * The width of text in terminal columns, and padding and cutting by it: emoji and CJK take two
 * columns, combining marks, variation selectors and what follows a zero-width joiner none.
 */
final class TextCells {

  private TextCells() {}

  static int width(String text) {
    int width = 0;
    boolean joined = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      int w = joined ? 0 : width(cp);
      joined = cp == 0x200D;
      width += w;
    }
    return width;
  }

  private static int width(int cp) {
    if (cp == 0x200D || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0000 && cp <= 0xE01EF)) {
      return 0;
    }
    int type = Character.getType(cp);
    if (type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.FORMAT
        || (cp >= 0x1F3FB && cp <= 0x1F3FF)) {
      return 0;
    }
    if (cp < 0x1100) {
      return 1;
    }
    boolean wide =
        (cp <= 0x115F)
            || (cp >= 0x2600 && cp <= 0x27BF)
            || (cp >= 0x2B00 && cp <= 0x2BFF)
            || (cp >= 0x2E80 && cp <= 0xA4CF)
            || (cp >= 0xAC00 && cp <= 0xD7A3)
            || (cp >= 0xF900 && cp <= 0xFAFF)
            || (cp >= 0xFE30 && cp <= 0xFE4F)
            || (cp >= 0xFF00 && cp <= 0xFF60)
            || (cp >= 0xFFE0 && cp <= 0xFFE6)
            || (cp >= 0x1F000 && cp <= 0x1FAFF)
            || (cp >= 0x20000 && cp <= 0x3FFFD);
    return wide ? 2 : 1;
  }

  /**
   * The text cut to {@code width} columns, ending in … when cut, without control sequences: every
   * cell of the terminal report passes here, so chat text cannot drive the analyst's terminal.
   */
  static String cut(String text, int width) {
    text = ControlSequences.strip(text);
    if (width(text) <= width) {
      return text;
    }
    StringBuilder out = new StringBuilder();
    int used = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int w = width(String.valueOf(Character.toChars(cp)));
      if (used + w > width - 1) {
        break;
      }
      out.appendCodePoint(cp);
      used += w;
      i += Character.charCount(cp);
    }
    return out.append('…').toString();
  }

  /** The text cut or padded with spaces on the right to exactly {@code width} columns. */
  static String left(String text, int width) {
    String cut = cut(text, width);
    return cut + " ".repeat(Math.max(0, width - width(cut)));
  }

  /** The text cut or padded with spaces on the left to exactly {@code width} columns. */
  static String right(String text, int width) {
    String cut = cut(text, width);
    return " ".repeat(Math.max(0, width - width(cut))) + cut;
  }

  /** One line of text without line breaks or runs of spaces. */
  static String oneLine(String text) {
    return ControlSequences.strip(text).strip().replaceAll("\\s+", " ");
  }
}
