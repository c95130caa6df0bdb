package dev.gryag.core.analyzer;

/**
 * The word scores of one script of a message summed per language (Ukrainian, Russian, English,
 * other), and how many words voted decisively for each. One per script per analysis.
 */
final class ScriptTally {

  static final int UK = 0;
  static final int RU = 1;
  static final int EN = 2;
  static final int OTHER = 3;
  static final int LANGUAGES = 4;
  private static final Language[] LANGUAGE = {
    Language.UK, Language.RU, Language.EN, Language.OTHER
  };
  private static final double IMPOSSIBLE = -1e6;

  private final double[] score = new double[LANGUAGES];
  private final int[] votes = new int[LANGUAGES];
  int words;
  int letters;

  /** Adds one word's scores; a language the script cannot be is {@link Float#NEGATIVE_INFINITY}. */
  void add(float[] word, int length) {
    words++;
    letters += length;
    int best = 0;
    for (int l = 0; l < LANGUAGES; l++) {
      score[l] += word[l] == Float.NEGATIVE_INFINITY ? IMPOSSIBLE : word[l];
      if (word[l] > word[best]) {
        best = l;
      }
    }
    float runner = Float.NEGATIVE_INFINITY;
    for (int l = 0; l < LANGUAGES; l++) {
      if (l != best && word[l] > runner) {
        runner = word[l];
      }
    }
    if (word[best] - runner >= LanguageIdentifier.DECISIVE) {
      votes[best]++;
    }
  }

  /** The language with the highest total. */
  Language best() {
    return LANGUAGE[bestIndex()];
  }

  private int bestIndex() {
    int best = 0;
    for (int l = 1; l < LANGUAGES; l++) {
      if (score[l] > score[best]) {
        best = l;
      }
    }
    return best;
  }

  /** How sure the best language is against the others, from the score margins (softmax, T = 2). */
  double posterior() {
    int best = bestIndex();
    double sum = 0;
    for (int l = 0; l < LANGUAGES; l++) {
      sum += Math.exp(Math.max(-50, (score[l] - score[best]) / 2));
    }
    return 1 / sum;
  }

  /**
   * A second language with a real share of this script's decisive votes (at least two, and at least
   * 1.5 times {@link LanguageIdentifier#MIXED_SHARE} of them), else {@link Language#UNKNOWN}.
   */
  Language runnerUp() {
    int best = bestIndex();
    int total = 0;
    int second = -1;
    for (int l = 0; l < LANGUAGES; l++) {
      total += votes[l];
      if (l != best && (second < 0 || votes[l] > votes[second])) {
        second = l;
      }
    }
    return votes[second] >= 2 && votes[second] >= LanguageIdentifier.MIXED_SHARE * total * 1.5
        ? LANGUAGE[second]
        : Language.UNKNOWN;
  }
}
