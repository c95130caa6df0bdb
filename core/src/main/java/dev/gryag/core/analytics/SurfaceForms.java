package dev.gryag.core.analytics;

import java.util.Locale;

/**
 * The word a keyword came from. The analyzer gives keywords as normalised stems ({@code поход} for
 * {@code походу}), which group a word's forms well but read badly; the report counts by stem and
 * shows the shortest word of the text that starts with it.
 */
final class SurfaceForms {

  private final String text;

  /** The forms in one message's text. */
  SurfaceForms(String text) {
    this.text = text;
  }

  /** The shortest word of the text starting with {@code stem}, or the stem when none does. */
  String of(String stem) {
    int bestStart = -1;
    int bestEnd = -1;
    int length = text.length();
    for (int at = 0; at + stem.length() <= length; at++) {
      if ((at > 0 && isWordPart(text.charAt(at - 1)))
          || !text.regionMatches(true, at, stem, 0, stem.length())) {
        continue;
      }
      int end = at + stem.length();
      while (end < length && isWordPart(text.charAt(end))) {
        end++;
      }
      if (bestStart < 0 || end - at < bestEnd - bestStart) {
        bestStart = at;
        bestEnd = end;
      }
      at = end;
    }
    if (bestStart < 0) {
      return stem;
    }
    return bestEnd - bestStart == stem.length()
        ? stem
        : text.substring(bestStart, bestEnd).toLowerCase(Locale.ROOT);
  }

  private static boolean isWordPart(char c) {
    return Character.isLetterOrDigit(c) || c == '\'' || c == '’' || c == 'ʼ' || c == '-';
  }
}
