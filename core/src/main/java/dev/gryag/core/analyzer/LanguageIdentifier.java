package dev.gryag.core.analyzer;

/**
 * Tells the language of a message from its words. Each word is scored within its script: a Cyrillic
 * word as Ukrainian or Russian, a Latin word as English, transliterated Ukrainian or Russian, or
 * another language. A word's score adds its trigram log-likelihoods, strong bonuses for telltale
 * letters (і ї є ґ and the inner apostrophe are Ukrainian, ы э ъ ё Russian, ß ñ ą ... other) and
 * smaller ones for belonging to a language's word lists. The script with the most words sets the
 * language; a second script or a second language with a real share of decisive words makes the
 * message mixed.
 */
final class LanguageIdentifier {

  /** The bonus for a telltale letter: decisive on its own. */
  static final float LETTER = 10f;

  /** The bonus for a word in a language's word lists. */
  static final float LISTED = 3f;

  /**
   * The per-trigram log-probability a word of an unknown Latin-script language is expected to have.
   */
  static final float BACKGROUND = -6.6f;

  /** The score margin from which a word counts as a vote for a language. */
  static final float DECISIVE = 4f;

  /** The share of the words or votes a second language needs to make a message mixed. */
  static final double MIXED_SHARE = 0.2;

  private static final int UK = 0;
  private static final int RU = 1;
  private static final int EN = 2;
  private static final int OTHER = 3;
  private static final Language[] LANGUAGE = {
    Language.UK, Language.RU, Language.EN, Language.OTHER
  };

  private final NgramModel ngrams;

  LanguageIdentifier(NgramModel ngrams) {
    this.ngrams = ngrams;
  }

  LanguageGuess identify(Tokens t) {
    Tally cyrillic = new Tally();
    Tally latin = new Tally();
    int otherScript = 0;
    Tally first = null;
    float[] scores = new float[NgramModel.LANGUAGES];
    for (int i = 0; i < t.size; i++) {
      if (t.type[i] != Tokens.WORD) {
        continue;
      }
      int flags = t.flags[i];
      boolean isCyrillic = (flags & Tokens.CYRILLIC) != 0;
      boolean isLatin = (flags & Tokens.LATIN) != 0;
      if ((flags & Tokens.OTHER_SCRIPT) != 0) {
        otherScript++;
      } else if (isCyrillic && !isLatin) {
        java.util.Arrays.fill(scores, 0);
        cyrillic.add(scoreCyrillic(t, i, scores), t.normLength[i]);
        first = first == null ? cyrillic : first;
      } else if (isLatin && !isCyrillic) {
        java.util.Arrays.fill(scores, 0);
        latin.add(scoreLatin(t, i, scores), t.normLength[i]);
        first = first == null ? latin : first;
      }
    }
    return decide(cyrillic, latin, otherScript, first);
  }

  private float[] scoreCyrillic(Tokens t, int i, float[] s) {
    ngrams.score(t.norm, t.normStart[i], t.normLength[i], s);
    float[] word = {
      s[NgramModel.UK], s[NgramModel.RU], Float.NEGATIVE_INFINITY, Float.NEGATIVE_INFINITY
    };
    int flags = t.flags[i];
    if ((flags & Tokens.OTHER_CYRILLIC) != 0) {
      word[OTHER] = Math.max(word[UK], word[RU]) + LETTER;
    }
    if ((flags & Tokens.UK_LETTER) != 0) {
      word[UK] += LETTER;
    }
    if ((flags & Tokens.RU_LETTER) != 0) {
      word[RU] += LETTER;
    }
    if ((flags & Tokens.INNER_APOSTROPHE) != 0) {
      word[UK] += LETTER / 2;
    }
    WordInfo info = t.exact[i];
    if (info != null) {
      word[UK] += (info.languages & WordInfo.UK) != 0 ? LISTED : 0;
      word[RU] += (info.languages & WordInfo.RU) != 0 ? LISTED : 0;
    }
    return word;
  }

  private float[] scoreLatin(Tokens t, int i, float[] s) {
    int length = t.normLength[i];
    ngrams.score(t.norm, t.normStart[i], length, s);
    float[] word = {
      s[NgramModel.TRANSLIT_UK],
      s[NgramModel.TRANSLIT_RU],
      s[NgramModel.EN],
      (length + 1) * BACKGROUND
    };
    int flags = t.flags[i];
    if ((flags & Tokens.LATIN_DIACRITIC) != 0) {
      word[OTHER] += LETTER;
    }
    WordInfo info = t.exact[i];
    if (info != null) {
      int languages = info.languages;
      word[UK] += (languages & WordInfo.TRANSLIT_UK) != 0 ? LISTED : 0;
      word[RU] += (languages & WordInfo.TRANSLIT_RU) != 0 ? LISTED : 0;
      word[EN] += (languages & WordInfo.EN) != 0 ? LISTED : 0;
      word[OTHER] += (languages & WordInfo.OTHER) != 0 ? LISTED : 0;
    }
    return word;
  }

  private static LanguageGuess decide(Tally cyrillic, Tally latin, int otherScript, Tally first) {
    int words = cyrillic.words + latin.words + otherScript;
    if (words == 0 || cyrillic.letters + latin.letters + otherScript * 2 < 2) {
      return LanguageGuess.UNKNOWN;
    }
    Tally primary = cyrillic.words >= latin.words ? cyrillic : latin;
    Tally secondary = primary == cyrillic ? latin : cyrillic;
    if (otherScript > primary.words) {
      return guess(
          Language.OTHER, (double) otherScript / words, primary.words > 0 ? primary : null, words);
    }
    if (primary.words == secondary.words && secondary == first) {
      Tally swap = primary;
      primary = secondary;
      secondary = swap;
    }
    Language language = LANGUAGE[primary.best()];
    double confidence = primary.posterior() * primary.words / words;
    Language second = Language.UNKNOWN;
    if (secondary.words >= 2 && secondary.words >= MIXED_SHARE * words) {
      second = LANGUAGE[secondary.best()];
    }
    if (second == Language.UNKNOWN || second == language) {
      second = primary.runnerUp(primary.best());
    }
    if (second == language) {
      second = Language.UNKNOWN;
    }
    return new LanguageGuess(language, clamp(confidence), second != Language.UNKNOWN, second);
  }

  private static LanguageGuess guess(Language language, double confidence, Tally other, int words) {
    boolean mixed = other != null && other.words >= 2 && other.words >= MIXED_SHARE * words;
    Language second = mixed ? LANGUAGE[other.best()] : Language.UNKNOWN;
    mixed &= second != language;
    return new LanguageGuess(language, clamp(confidence), mixed, mixed ? second : Language.UNKNOWN);
  }

  private static double clamp(double confidence) {
    return Math.max(0.01, Math.min(1, confidence));
  }

  /** Sums of one script's word scores, and how many words voted decisively for each language. */
  private static final class Tally {
    final double[] score = new double[4];
    final int[] votes = new int[4];
    int words;
    int letters;

    void add(float[] word, int length) {
      words++;
      letters += length;
      int best = 0;
      for (int l = 0; l < 4; l++) {
        score[l] += word[l] == Float.NEGATIVE_INFINITY ? -1e6 : word[l];
        if (word[l] > word[best]) {
          best = l;
        }
      }
      float runner = Float.NEGATIVE_INFINITY;
      for (int l = 0; l < 4; l++) {
        if (l != best && word[l] > runner) {
          runner = word[l];
        }
      }
      if (word[best] - runner >= DECISIVE) {
        votes[best]++;
      }
    }

    int best() {
      int best = 0;
      for (int l = 1; l < 4; l++) {
        if (score[l] > score[best]) {
          best = l;
        }
      }
      return best;
    }

    /** How sure the best language is against the others of this script, from the score margins. */
    double posterior() {
      int best = best();
      double sum = 0;
      for (int l = 0; l < 4; l++) {
        sum += Math.exp(Math.max(-50, (score[l] - score[best]) / 2));
      }
      return 1 / sum;
    }

    /** A language with a real share of this script's decisive votes besides {@code best}. */
    Language runnerUp(int best) {
      int total = 0;
      int second = -1;
      for (int l = 0; l < 4; l++) {
        total += votes[l];
        if (l != best && (second < 0 || votes[l] > votes[second])) {
          second = l;
        }
      }
      return votes[second] >= 2 && votes[second] >= MIXED_SHARE * total * 1.5
          ? LANGUAGE[second]
          : Language.UNKNOWN;
    }
  }
}
