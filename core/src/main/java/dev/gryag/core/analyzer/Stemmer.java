package dev.gryag.core.analyzer;

/**
 * A light suffix stemmer for folded words, the same for the text and for the lexicons: one
 * Ukrainian or Russian inflectional ending (after a reflexive -ся/-сь) is cut if three letters
 * remain, and English loses plural, -ing, -ed and a final e or y, so that котик/котики/котика and
 * love/loves/loved meet. Words with letters of other alphabets are left alone.
 */
final class Stemmer {

  /** Cyrillic endings, longest first; one of them is cut if at least three letters remain. */
  private static final String[] CYRILLIC_ENDINGS = {
    "ами", "ями", "ого", "его", "ому", "ему", "ими", "ыми", "ові", "еві", "єві", "ать", "ять",
    "ить", "еть", "ати", "яти", "ити", "ете", "ите", "емо", "имо", "ємо", "уть", "ють", "ешь",
    "ишь", "ах", "ях", "ам", "ям", "ом", "ем", "ої", "ою", "ею", "єю", "ий", "ій", "ый", "ой", "ая",
    "яя", "ое", "ее", "ые", "ие", "ых", "их", "ым", "им", "ів", "їв", "ов", "ев", "ей", "ти", "ть",
    "а", "я", "о", "е", "є", "и", "і", "ї", "ы", "у", "ю", "й"
  };

  private static final int MIN_STEM = 3;

  /** The Cyrillic endings by their last letter (index = letter - 'а'), longest first. */
  private static final String[][] ENDINGS_BY_LAST = byLastLetter();

  /**
   * Stems shorter than this are not looked up: "біля" and "біль" would both be "біл". Short words
   * match the lexicons exactly.
   */
  static final int MIN_STEM_LOOKUP = 4;

  private Stemmer() {}

  /** The length of the stem of the folded word {@code buf[off, off+len)}; never more than len. */
  static int stemLength(char[] buf, int off, int len) {
    if (len <= MIN_STEM) {
      return len;
    }
    char last = buf[off + len - 1];
    if (last >= 'a' && last <= 'z' || last == Words.APOSTROPHE) {
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
    char last = buf[off + n - 1];
    String[] endings =
        last >= 0x430 && last < 0x430 + ENDINGS_BY_LAST.length
            ? ENDINGS_BY_LAST[last - 0x430]
            : null;
    if (endings != null) {
      for (String ending : endings) {
        if (n - ending.length() >= MIN_STEM && endsWith(buf, off, n, ending)) {
          return n - ending.length();
        }
      }
    }
    return n;
  }

  private static String[][] byLastLetter() {
    String[][] table = new String[0x492 - 0x430][];
    for (String ending : CYRILLIC_ENDINGS) {
      int last = ending.charAt(ending.length() - 1) - 0x430;
      String[] list = table[last] == null ? new String[0] : table[last];
      list = java.util.Arrays.copyOf(list, list.length + 1);
      list[list.length - 1] = ending; // CYRILLIC_ENDINGS is longest first, so each list is too
      table[last] = list;
    }
    return table;
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
