package dev.gryag.app.cli.support;

/**
 * Chat text made harmless for a terminal: escape sequences (colours, cursor moves, OSC links and
 * titles), other C0 and C1 control characters and bidi overrides are taken out, so that what a
 * member wrote can neither restyle nor rewrite the analyst's terminal; ordinary Unicode stays.
 */
public final class ControlSequences {

  private static final char ESC = 0x1B;
  private static final char BEL = 0x07;
  private static final char C1_CSI = 0x9B;
  private static final char C1_ST = 0x9C;

  private ControlSequences() {}

  /** The text without control sequences; line breaks and tabs become spaces. */
  public static String strip(String text) {
    if (clean(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == ESC && i + 1 < text.length()) {
        i = afterEscape(text, i + 1);
      } else if (c == C1_CSI) {
        i = afterCsi(text, i + 1);
      } else if (isStringIntroducer(c)) {
        i = afterString(text, i + 1);
      } else {
        if (c == '\t' || c == '\n' || c == '\r') {
          out.append(' ');
        } else if (!isControl(c)) {
          out.append(c);
        }
        i++;
      }
    }
    return out.toString();
  }

  private static boolean clean(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (isControl(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** C0, DEL, C1 and the bidi embeddings, overrides and isolates. */
  public static boolean isControl(char c) {
    return c < 0x20
        || (c >= 0x7F && c <= 0x9F)
        || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069);
  }

  /** C1 DCS, SOS, OSC, PM and APC: strings that run to a terminator. */
  private static boolean isStringIntroducer(char c) {
    return c == 0x90 || c == 0x98 || c == 0x9D || c == 0x9E || c == 0x9F;
  }

  /** Where the text goes on after the escape sequence whose ESC is just before {@code i}. */
  private static int afterEscape(String text, int i) {
    char next = text.charAt(i);
    return switch (next) {
      case '[' -> afterCsi(text, i + 1);
      case ']', 'P', 'X', '^', '_' -> afterString(text, i + 1);
      default -> next >= 0x20 && next <= 0x7E ? i + 1 : i;
    };
  }

  /** After a control sequence: parameter and intermediate bytes up to one final byte. */
  private static int afterCsi(String text, int i) {
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c >= 0x40 && c <= 0x7E) {
        return i + 1;
      }
      if (c < 0x20 || c > 0x3F) {
        return i;
      }
      i++;
    }
    return i;
  }

  /**
   * After a control string ended by BEL, ESC \ or ST; an unterminated one loses only its
   * introducer, so what follows stays readable.
   */
  private static int afterString(String text, int i) {
    for (int j = i; j < text.length(); j++) {
      char c = text.charAt(j);
      if (c == BEL || c == C1_ST) {
        return j + 1;
      }
      if (c == ESC) {
        return j + 1 < text.length() && text.charAt(j + 1) == '\\' ? j + 2 : j;
      }
    }
    return i;
  }
}
