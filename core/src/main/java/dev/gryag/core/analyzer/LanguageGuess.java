package dev.gryag.core.analyzer;

import java.util.Objects;

/**
 * The language of a message and how sure the analyzer is.
 *
 * @param language the dominant language
 * @param confidence how sure, from 0 (a guess) to 1 (certain); 0 for {@link Language#UNKNOWN}
 * @param mixed true when a second language holds a real share of the words (code-switching)
 * @param secondary the second language of a mixed message, else {@link Language#UNKNOWN}
 */
public record LanguageGuess(
    Language language, double confidence, boolean mixed, Language secondary) {

  public static final LanguageGuess UNKNOWN =
      new LanguageGuess(Language.UNKNOWN, 0, false, Language.UNKNOWN);

  public LanguageGuess {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(secondary, "secondary");
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be in [0, 1], was " + confidence);
    }
    if (mixed == (secondary == Language.UNKNOWN)) {
      throw new IllegalArgumentException(
          "a mixed guess needs a secondary language and only a mixed one has it");
    }
  }
}
