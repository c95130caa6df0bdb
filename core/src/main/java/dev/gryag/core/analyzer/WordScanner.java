package dev.gryag.core.analyzer;

/**
 * Reads one word (or the body of a hashtag) from the text into the norm buffer of {@link Tokens}:
 * folds each code point, joins decomposed й/ї, keeps apostrophes and hyphens between letters,
 * collapses runs of three or more equal letters, and records script and letter flags.
 */
final class WordScanner {

  private WordScanner() {}

  /**
   * Scans from {@code i} for token {@code token} and returns where the word ends. A hashtag body
   * ({@code word} false) also takes underscores and adds nothing to the message's letter counts.
   */
  static int scan(Tokens t, String text, int i, int token, boolean word) {
    int n = text.length();
    char[] norm = t.norm;
    int from = t.normSize;
    int w = from;
    int flags = 0;
    int letters = 0;
    int upper = 0;
    int last = -1;
    int run = 0;
    int j = i;
    while (j < n) {
      char c = text.charAt(j);
      int cp = Character.isHighSurrogate(c) ? text.codePointAt(j) : c;
      int len = cp == c ? 1 : Character.charCount(cp);
      if (isLetterOrDigit(cp) && !Words.isApostrophe(cp)) {
        if (!(cp >= '0' && cp <= '9')) {
          letters++;
          if (Character.isUpperCase(cp)) {
            upper++;
          }
          flags |= classify(cp);
        }
        int f = Words.fold(cp);
        run = f == last ? run + 1 : 1;
        last = f;
        if (run == 3) {
          w -= Character.charCount(f);
          flags |= Tokens.ELONGATED;
        } else if (run < 3) {
          w += Character.toChars(f, norm, w);
        }
      } else if (j > i && w > from && Unicode.isExtend(cp)) {
        flags |= composed(norm, w - 1, cp);
      } else if (w > from
          && j + len < n
          && joinsLetters(cp, norm[w - 1], text.codePointAt(j + len))) {
        boolean apostrophe = cp != '-' && cp != '_';
        norm[w++] = apostrophe ? Words.APOSTROPHE : (char) cp;
        if (apostrophe && (flags & Tokens.CYRILLIC) != 0) {
          flags |= Tokens.INNER_APOSTROPHE;
        }
        last = -1;
      } else if (!word && cp == '_') {
        norm[w++] = '_';
        last = -1;
      } else {
        break;
      }
      j += len;
    }
    t.normStart[token] = from;
    t.normLength[token] = w - from;
    t.normSize = w;
    if (letters >= 2 && upper == letters) {
      flags |= Tokens.ALL_CAPS;
    }
    t.flags[token] |= flags;
    if (word) {
      t.letters += letters;
      t.upperLetters += upper;
      if (letters == 0) {
        t.type[token] = Tokens.NUMBER;
      }
    }
    return j;
  }

  private static boolean joinsLetters(int cp, char before, int after) {
    if (cp == '-' || Words.isApostrophe(cp)) {
      return Character.isLetter(before) && Character.isLetter(after);
    }
    if (cp == '.' || cp == ',' || cp == ':') {
      return before >= '0' && before <= '9' && after >= '0' && after <= '9'; // 3.14, 1,5, 10:30
    }
    return false;
  }

  /** Joins a combining mark to the letter before it (й, ї written decomposed) and flags ё. */
  private static int composed(char[] norm, int at, int mark) {
    char letter = norm[at];
    if (mark == 0x306 && letter == 'и') {
      norm[at] = 'й';
    } else if (mark == 0x308 && letter == 'і') {
      norm[at] = 'ї';
      return Tokens.UK_LETTER | Tokens.CYRILLIC;
    } else if (mark == 0x308 && letter == 'е') {
      return Tokens.RU_LETTER | Tokens.CYRILLIC;
    }
    return 0;
  }

  static boolean isLetterOrDigit(int cp) {
    if (cp < 0x80) {
      return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    }
    if (cp >= 0x410 && cp <= 0x44F) {
      return true;
    }
    return Character.isLetterOrDigit(cp);
  }

  /** Script and telltale-letter flags of one letter. */
  static int classify(int cp) {
    if (cp < 0x80) {
      return Tokens.LATIN;
    }
    if (cp >= 0x400 && cp <= 0x4FF) {
      switch (cp) {
        case 'і', 'І', 'ї', 'Ї', 'є', 'Є', 'ґ', 'Ґ':
          return Tokens.CYRILLIC | Tokens.UK_LETTER;
        case 'ы', 'Ы', 'э', 'Э', 'ъ', 'Ъ', 'ё', 'Ё':
          return Tokens.CYRILLIC | Tokens.RU_LETTER;
        default:
          return cp >= 0x410 && cp <= 0x44F
              ? Tokens.CYRILLIC
              : Tokens.CYRILLIC | Tokens.OTHER_CYRILLIC;
      }
    }
    if (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7) {
      return Tokens.LATIN | Tokens.LATIN_DIACRITIC;
    }
    return Character.isDigit(cp) ? 0 : Tokens.OTHER_SCRIPT;
  }
}
