package dev.gryag.core.analyzer;

/**
 * How a word is folded, the same way for the text and for the lexicons: lower case, ё as е, every
 * apostrophe as {@code '}, runs of three or more equal letters as one. {@link Stemmer} takes it
 * from there.
 */
final class Words {

  /** The one apostrophe every variant (ʼ ' ’ ‘ `) is folded to. */
  static final char APOSTROPHE = '\'';

  private Words() {}

  /** The folded form of one code point: lower case, ё as е, apostrophes unified. */
  static int fold(int cp) {
    if (cp < 0x80) {
      return cp >= 'A' && cp <= 'Z' ? cp + 32 : (cp == '`' ? APOSTROPHE : cp);
    }
    if (cp >= 0x410 && cp <= 0x42F) {
      return cp == 0x401 ? 0x435 : cp + 0x20;
    }
    if (cp >= 0x430 && cp <= 0x44F) {
      return cp;
    }
    switch (cp) {
      case 0x401, 0x451:
        return 0x435; // Ё ё -> е
      case 0x2019, 0x2018, 0x02BC, 0x02B9, 0x2032:
        return APOSTROPHE;
      default:
        int lower = Character.toLowerCase(cp);
        return Character.charCount(lower) == Character.charCount(cp) ? lower : cp;
    }
  }

  /** True for the characters folded to {@link #APOSTROPHE}. */
  static boolean isApostrophe(int cp) {
    return cp == '\''
        || cp == '`'
        || cp == 0x2019
        || cp == 0x2018
        || cp == 0x02BC
        || cp == 0x02B9
        || cp == 0x2032;
  }

  /**
   * The folded form of a lexicon word: each code point folded, runs of three or more equal letters
   * collapsed to one — exactly what the tokenizer does to the words of a message.
   */
  static String normalize(String word) {
    StringBuilder out = new StringBuilder(word.length());
    int run = 0;
    int last = -1;
    for (int i = 0; i < word.length(); ) {
      int cp = word.codePointAt(i);
      i += Character.charCount(cp);
      int folded = fold(cp);
      run = folded == last ? run + 1 : 1;
      last = folded;
      if (run == 3) {
        out.setLength(out.length() - 1); // "ooo" -> "o": drop the second, skip the rest
      } else if (run < 3) {
        out.appendCodePoint(folded);
      }
    }
    return out.toString();
  }

  /** True for laughter such as хахаха, ахах, хехе, haha, ahah (any length from four letters). */
  static boolean isLaughter(char[] buf, int off, int len) {
    if (len < 4) {
      return false;
    }
    boolean h = false;
    boolean vowel = false;
    for (int i = off; i < off + len; i++) {
      char c = buf[i];
      if (c == 'х' || c == 'h') {
        h = true;
      } else if (c == 'а' || c == 'a' || c == 'е' || c == 'e') {
        vowel = true;
      } else if (!(c == 'п' && i == off)) {
        return false;
      }
    }
    return h && vowel;
  }
}
