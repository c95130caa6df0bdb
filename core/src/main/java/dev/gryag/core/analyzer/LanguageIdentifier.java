package dev.gryag.core.analyzer;

import java.util.Arrays;

/**
 * Tells the language of a message from its words. Each word is scored within its script: a Cyrillic
 * word as Ukrainian, Russian or other, a Latin word as English, transliterated Ukrainian or
 * Russian, or other. A word's score adds its trigram log-likelihoods, strong bonuses for telltale
 * letters (і ї є ґ and the inner apostrophe are Ukrainian, ы э ъ ё Russian, ў ђ ә ß ñ ą ... other)
 * and smaller ones for belonging to a language's word lists. The script with the most words sets
 * the language (on a tie, the script of the first word); a second script or a second language with
 * a real share of decisive words makes the message mixed.
 */
final class LanguageIdentifier {

  /** The bonus for a telltale letter: decisive on its own. */
  static final float LETTER = 10f;

  /** The bonus for a word in a language's word lists. */
  static final float LISTED = 3f;

  /** The per-trigram log-probability a Latin word of another language scores; chosen on dev.tsv. */
  static final float BACKGROUND = -6.6f;

  /** The score margin from which a word counts as a vote for a language. */
  static final float DECISIVE = 4f;

  /** The share of the words or votes a second language needs to make a message mixed. */
  static final double MIXED_SHARE = 0.2;

  private static final int UK = ScriptTally.UK;
  private static final int RU = ScriptTally.RU;
  private static final int EN = ScriptTally.EN;
  private static final int OTHER = ScriptTally.OTHER;

  private final NgramModel ngrams;

  LanguageIdentifier(NgramModel ngrams) {
    this.ngrams = ngrams;
  }

  LanguageGuess identify(Tokens t) {
    ScriptTally cyrillic = new ScriptTally();
    ScriptTally latin = new ScriptTally();
    ScriptTally first = null;
    int otherScript = 0;
    float[] trigrams = new float[NgramModel.LANGUAGES];
    float[] word = new float[ScriptTally.LANGUAGES];
    for (int i = 0; i < t.size; i++) {
      if (t.type[i] != Tokens.WORD) {
        continue;
      }
      int script = t.flags[i] & (Tokens.CYRILLIC | Tokens.LATIN | Tokens.OTHER_SCRIPT);
      if ((script & Tokens.OTHER_SCRIPT) != 0) {
        otherScript++;
        continue;
      }
      Arrays.fill(trigrams, 0);
      ngrams.score(t.norm, t.normStart[i], t.normLength[i], trigrams);
      if (script == Tokens.CYRILLIC) {
        scoreCyrillic(t, i, trigrams, word);
        cyrillic.add(word, t.normLength[i]);
        first = first == null ? cyrillic : first;
      } else if (script == Tokens.LATIN) {
        scoreLatin(t, i, trigrams, word);
        latin.add(word, t.normLength[i]);
        first = first == null ? latin : first;
      }
    }
    return decide(cyrillic, latin, otherScript, first);
  }

  private static void scoreCyrillic(Tokens t, int i, float[] s, float[] word) {
    word[UK] = s[NgramModel.UK];
    word[RU] = s[NgramModel.RU];
    word[EN] = Float.NEGATIVE_INFINITY;
    word[OTHER] = Math.max(s[NgramModel.UK], s[NgramModel.RU]) - LISTED;
    int flags = t.flags[i];
    if ((flags & Tokens.OTHER_CYRILLIC) != 0) {
      word[OTHER] += 2 * LETTER; // ў, ђ, ј, ә, қ ...: Belarusian, Serbian, Kazakh and others
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
    addListed(t.exact[i], word, WordInfo.UK, WordInfo.RU, 0);
  }

  private static void scoreLatin(Tokens t, int i, float[] s, float[] word) {
    word[UK] = s[NgramModel.TRANSLIT_UK];
    word[RU] = s[NgramModel.TRANSLIT_RU];
    word[EN] = s[NgramModel.EN];
    word[OTHER] = (t.normLength[i] + 1) * BACKGROUND;
    if ((t.flags[i] & Tokens.LATIN_DIACRITIC) != 0) {
      word[OTHER] += LETTER;
    }
    addListed(t.exact[i], word, WordInfo.TRANSLIT_UK, WordInfo.TRANSLIT_RU, WordInfo.EN);
  }

  private static void addListed(WordInfo info, float[] word, int uk, int ru, int en) {
    if (info == null) {
      return;
    }
    int languages = info.languages;
    word[UK] += (languages & uk) != 0 ? LISTED : 0;
    word[RU] += (languages & ru) != 0 ? LISTED : 0;
    word[EN] += (languages & en) != 0 ? LISTED : 0;
    word[OTHER] += (languages & WordInfo.OTHER) != 0 ? LISTED : 0;
  }

  private static LanguageGuess decide(
      ScriptTally cyrillic, ScriptTally latin, int otherScript, ScriptTally first) {
    int words = cyrillic.words + latin.words + otherScript;
    if (words == 0 || cyrillic.letters + latin.letters + otherScript * 2 < 2) {
      return LanguageGuess.UNKNOWN;
    }
    ScriptTally primary = cyrillic.words >= latin.words ? cyrillic : latin;
    ScriptTally secondary = primary == cyrillic ? latin : cyrillic;
    if (primary.words == secondary.words && secondary == first) {
      ScriptTally swap = primary;
      primary = secondary;
      secondary = swap;
    }
    if (otherScript > primary.words) {
      return guess(Language.OTHER, (double) otherScript / words, primary, words);
    }
    Language language = primary.best();
    Language second = secondLanguage(secondary, words);
    if (second == Language.UNKNOWN || second == language) {
      second = primary.runnerUp();
    }
    double confidence = primary.posterior() * primary.words / words;
    return guess(language, confidence, second == language ? Language.UNKNOWN : second);
  }

  /** The language of the other script when it holds a real share of the words. */
  private static Language secondLanguage(ScriptTally other, int words) {
    return other.words >= 2 && other.words >= MIXED_SHARE * words ? other.best() : Language.UNKNOWN;
  }

  private static LanguageGuess guess(
      Language language, double confidence, ScriptTally other, int words) {
    Language second = secondLanguage(other, words);
    return guess(language, confidence, second == language ? Language.UNKNOWN : second);
  }

  private static LanguageGuess guess(Language language, double confidence, Language second) {
    double bounded = Double.isNaN(confidence) ? 0.01 : Math.max(0.01, Math.min(1, confidence));
    return new LanguageGuess(language, bounded, second != Language.UNKNOWN, second);
  }
}
