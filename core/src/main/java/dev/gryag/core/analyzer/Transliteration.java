package dev.gryag.core.analyzer;

/**
 * Cyrillic to Latin as people type Ukrainian and Russian in chats, used only to train the
 * transliteration n-gram profiles from the Cyrillic training text. Each language has two common
 * spellings (kh/ya and h/ja style), and a profile learns from both.
 */
final class Transliteration {

  // а б в г д е ж з и й к л м н о п р с т у ф х ц ч ш щ ъ ы ь э ю я
  private static final String[] UK_A = {
    "a", "b", "v", "h", "d", "e", "zh", "z", "y", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t",
    "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"
  };
  private static final String[] UK_B = {
    "a", "b", "v", "h", "d", "e", "zh", "z", "y", "i", "k", "l", "m", "n", "o", "p", "r", "s", "t",
    "u", "f", "h", "c", "ch", "sh", "sch", "", "y", "'", "e", "iu", "ia"
  };
  private static final String[] RU_A = {
    "a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t",
    "u", "f", "kh", "ts", "ch", "sh", "sch", "", "y", "", "e", "yu", "ya"
  };
  private static final String[] RU_B = {
    "a", "b", "v", "g", "d", "e", "j", "z", "i", "j", "k", "l", "m", "n", "o", "p", "r", "s", "t",
    "u", "f", "h", "c", "ch", "sh", "shch", "", "i", "'", "e", "ju", "ja"
  };

  private Transliteration() {}

  /** The folded Ukrainian word in the given spelling variant (0 or 1). */
  static String ukrainian(String word, int variant) {
    return latin(word, variant == 0 ? UK_A : UK_B, variant);
  }

  /** The folded Russian word in the given spelling variant (0 or 1). */
  static String russian(String word, int variant) {
    return latin(word, variant == 0 ? RU_A : RU_B, variant);
  }

  private static String latin(String word, String[] table, int variant) {
    StringBuilder out = new StringBuilder(word.length() + 4);
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c >= 0x430 && c <= 0x44F) {
        out.append(table[c - 0x430]);
      } else {
        switch (c) {
          case 'і' -> out.append('i');
          case 'ї' -> out.append(variant == 0 ? "yi" : "i");
          case 'є' -> out.append(variant == 0 ? "ye" : "ie");
          case 'ґ' -> out.append('g');
          case Words.APOSTROPHE -> {
            // Ukrainian apostrophes vanish in Latin spelling
          }
          default -> out.append(c);
        }
      }
    }
    return out.toString();
  }
}
