package dev.gryag.core.analyzer;

import java.util.List;

/**
 * Character trigram profiles of Ukrainian, Russian and English, and of Ukrainian and Russian typed
 * in Latin letters, trained from the analyzer's own text resources. A word scores the sum of the
 * log-probabilities of its trigrams (with word boundaries) under each profile. Immutable.
 */
final class NgramModel {

  static final int UK = 0;
  static final int RU = 1;
  static final int EN = 2;
  static final int TRANSLIT_UK = 3;
  static final int TRANSLIT_RU = 4;
  static final int LANGUAGES = 5;

  /** The log-probability given to a trigram none of the profiles has seen. */
  static final float UNSEEN = -11f;

  private static final int K = 65; // boundary, a-z, а-я, і ї є ґ, apostrophe, any other
  private static final float ALPHA = 0.5f;

  private final int[] rows; // trigram code -> row + 1, 0 when unseen
  private final float[] logp; // row * LANGUAGES + language

  private NgramModel(int[] rows, float[] logp) {
    this.rows = rows;
    this.logp = logp;
  }

  /** The alphabet index of a folded character; 0 is the word boundary. */
  static int index(char c) {
    if (c >= 'a' && c <= 'z') {
      return c - 'a' + 1;
    }
    if (c >= 0x430 && c <= 0x44F) {
      return c - 0x430 + 27;
    }
    return switch (c) {
      case ' ', '-' -> 0;
      case 'і' -> 59;
      case 'ї' -> 60;
      case 'є' -> 61;
      case 'ґ' -> 62;
      case Words.APOSTROPHE -> 63;
      case 'ё' -> 0x435 - 0x430 + 27;
      default -> 64;
    };
  }

  /**
   * Adds the score of the folded word {@code buf[off, off+len)} under each profile to {@code
   * into[0..LANGUAGES)} and returns how many of its trigrams no profile has seen.
   */
  int score(char[] buf, int off, int len, float[] into) {
    int unseen = 0;
    int a = 0;
    int b = index(buf[off]);
    for (int i = 1; i <= len; i++) {
      int c = i < len ? index(buf[off + i]) : 0;
      int row = rows[(a * K + b) * K + c] - 1;
      if (row < 0) {
        unseen++;
      } else {
        int base = row * LANGUAGES;
        for (int l = 0; l < LANGUAGES; l++) {
          into[l] += logp[base + l];
        }
      }
      a = b;
      b = c;
    }
    if (unseen > 0) {
      for (int l = 0; l < LANGUAGES; l++) {
        into[l] += unseen * UNSEEN;
      }
    }
    return unseen;
  }

  /** Counts trigrams of training words per profile, then freezes them into a model. */
  static final class Trainer {
    private final int[] counts = new int[K * K * K * LANGUAGES];
    private final long[] totals = new long[LANGUAGES];

    /** Adds every word of a folded text (letters and apostrophes; anything else separates). */
    void addText(int language, String folded) {
      int start = -1;
      for (int i = 0; i <= folded.length(); i++) {
        char c = i < folded.length() ? folded.charAt(i) : ' ';
        boolean inWord = Character.isLetter(c) || c == Words.APOSTROPHE;
        if (inWord && start < 0) {
          start = i;
        } else if (!inWord && start >= 0) {
          addWord(language, folded.substring(start, i));
          start = -1;
        }
      }
    }

    void addWords(int language, List<String> folded) {
      folded.forEach(word -> addWord(language, word));
    }

    void addWord(int language, String word) {
      if (word.isEmpty()) {
        return;
      }
      int a = 0;
      int b = index(word.charAt(0));
      for (int i = 1; i <= word.length(); i++) {
        int c = i < word.length() ? index(word.charAt(i)) : 0;
        counts[((a * K + b) * K + c) * LANGUAGES + language]++;
        totals[language]++;
        a = b;
        b = c;
      }
    }

    NgramModel build() {
      int[] rows = new int[K * K * K];
      int distinct = 0;
      for (int code = 0; code < rows.length; code++) {
        if (seen(code)) {
          rows[code] = ++distinct;
        }
      }
      float[] logp = new float[distinct * LANGUAGES];
      for (int code = 0; code < rows.length; code++) {
        int row = rows[code] - 1;
        for (int l = 0; row >= 0 && l < LANGUAGES; l++) {
          double p = (counts[code * LANGUAGES + l] + ALPHA) / (totals[l] + ALPHA * distinct);
          logp[row * LANGUAGES + l] = (float) Math.log(p);
        }
      }
      return new NgramModel(rows, logp);
    }

    private boolean seen(int code) {
      for (int l = 0; l < LANGUAGES; l++) {
        if (counts[code * LANGUAGES + l] > 0) {
          return true;
        }
      }
      return false;
    }
  }
}
