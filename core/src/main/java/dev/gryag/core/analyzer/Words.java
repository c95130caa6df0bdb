package dev.gryag.core.analyzer;

/**
 * How a word is folded and stemmed, the same way for the text and for the lexicons: lower case, ё
 * as е, every apostrophe as {@code '}, runs of three or more equal letters as one, then a light
 * suffix stemmer for Cyrillic and English.
 */
final class Words {

  /** The one apostrophe every variant (ʼ ' ’ ‘ `) is folded to. */
  static final char APOSTROPHE = '\'';

  /** Cyrillic endings, longest first; one of them is cut if at least three letters remain. */
  private static final String[] CYRILLIC_ENDINGS = {
    "ами", "ями", "ого", "его", "ому", "ему", "ими", "ыми", "ові", "еві", "єві", "ать", "ять",
    "ить", "еть", "ати", "яти", "ити", "ете", "ите", "емо", "имо", "ємо", "уть", "ють", "ешь",
    "ишь", "ах", "ях", "ам", "ям", "ом", "ем", "ої", "ою", "ею", "єю", "ий", "ій", "ый", "ой", "ая",
    "яя", "ое", "ее", "ые", "ие", "ых", "их", "ым", "им", "ів", "їв", "ов", "ев", "ей", "ти", "ть",
    "а", "я", "о", "е", "є", "и", "і", "ї", "ы", "у", "ю", "й"
  };

  private static final int MIN_STEM = 3;

  /**
   * Stems shorter than this are not looked up: "біля" and "біль" would both be "біл". Short words
   * match the lexicons exactly.
   */
  static final int MIN_STEM_LOOKUP = 4;

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

  /** The length of the stem of the folded word {@code buf[off, off+len)}; never more than len. */
  static int stemLength(char[] buf, int off, int len) {
    if (len <= MIN_STEM) {
      return len;
    }
    char last = buf[off + len - 1];
    if (last >= 'a' && last <= 'z' || last == APOSTROPHE) {
      for (int i = off; i < off + len; i++) {
        if (buf[i] >= 0x80) {
          return len; // no English stemming for words with other letters (très, días)
        }
      }
      return englishStem(buf, off, len);
    }
    if (last >= 0x430 && last <= 0x491) {
      return cyrillicStem(buf, off, len);
    }
    return len;
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

  /** The stem of a folded lexicon word, as a string. */
  static String stem(String normalized) {
    char[] chars = normalized.toCharArray();
    return new String(chars, 0, stemLength(chars, 0, chars.length));
  }

  private static int cyrillicStem(char[] buf, int off, int len) {
    int n = len;
    if (n - 2 > MIN_STEM && (endsWith(buf, off, n, "ся") || endsWith(buf, off, n, "сь"))) {
      n -= 2;
    }
    for (String ending : CYRILLIC_ENDINGS) {
      if (n - ending.length() >= MIN_STEM && endsWith(buf, off, n, ending)) {
        return n - ending.length();
      }
    }
    return n;
  }

  private static int englishStem(char[] buf, int off, int len) {
    int n = len;
    if (endsWith(buf, off, n, "'s")) {
      n -= 2;
    }
    boolean cut = false;
    if (n > 4 && (endsWith(buf, off, n, "ies") || endsWith(buf, off, n, "ied"))) {
      n -= 3;
    } else if (n > 5 && endsWith(buf, off, n, "ing")) {
      n -= 3;
      cut = true;
    } else if (n > 4 && endsWith(buf, off, n, "ed")) {
      n -= 2;
      cut = true;
    } else if (n > 4 && endsWith(buf, off, n, "es") && sibilantBefore(buf, off, n - 2)) {
      n -= 2;
    } else if (n > 3
        && buf[off + n - 1] == 's'
        && !endsWith(buf, off, n, "ss")
        && !endsWith(buf, off, n, "us")
        && !endsWith(buf, off, n, "is")) {
      n -= 1;
    }
    if (cut && n > MIN_STEM && buf[off + n - 1] == buf[off + n - 2] && doubles(buf[off + n - 1])) {
      n -= 1; // stopped -> stopp -> stop
    }
    if (n > MIN_STEM && (buf[off + n - 1] == 'e' || buf[off + n - 1] == 'y')) {
      n -= 1;
    }
    return n;
  }

  private static boolean doubles(char c) {
    return c != 'l' && c != 's' && c != 'z' && c != 'e' && c != 'o' && c >= 'a' && c <= 'z';
  }

  private static boolean sibilantBefore(char[] buf, int off, int n) {
    char c = buf[off + n - 1];
    return c == 's'
        || c == 'x'
        || c == 'z'
        || (c == 'h' && n >= 2 && "cs".indexOf(buf[off + n - 2]) >= 0);
  }

  private static boolean endsWith(char[] buf, int off, int len, String suffix) {
    int k = suffix.length();
    if (k > len) {
      return false;
    }
    for (int i = 0; i < k; i++) {
      if (buf[off + len - k + i] != suffix.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
