package dev.gryag.core.analytics;

import java.util.Locale;

/**
 * The word a keyword came from. The analyzer gives keywords as normalised stems ({@code поход} for
 * {@code походу}), which group a word's forms well but read badly; the report counts by stem and
 * shows the shortest word of the text that starts with it.
 */
final class SurfaceForms {

  private final String text;
  private String lower;

  /** The forms in one message's text; lower-cased only when first asked. */
  SurfaceForms(String text) {
    this.text = text;
  }

  /** The shortest word of the text starting with {@code stem}, or the stem when none does. */
  String of(String stem) {
    if (lower == null) {
      lower = text.toLowerCase(Locale.ROOT);
    }
    String best = null;
    for (int at = lower.indexOf(stem); at >= 0; at = lower.indexOf(stem, at + 1)) {
      if (at > 0 && isWordPart(lower.charAt(at - 1))) {
        continue;
      }
      int end = at + stem.length();
      while (end < lower.length() && isWordPart(lower.charAt(end))) {
        end++;
      }
      if (best == null || end - at < best.length()) {
        best = lower.substring(at, end);
      }
    }
    return best == null ? stem : best;
  }

  private static boolean isWordPart(char c) {
    return Character.isLetterOrDigit(c) || c == '\'' || c == '’' || c == 'ʼ' || c == '-';
  }
}
