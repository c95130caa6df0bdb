package dev.gryag.core.analyzer;

/**
 * What the lexicons know about one folded word (or stem, or prefix). Filled while the lexicons
 * load, read-only afterwards; the {@link Lexicon} that holds it publishes it safely through final
 * fields.
 */
final class WordInfo {

  static final int UK = 1;
  static final int RU = 1 << 1;
  static final int EN = 1 << 2;
  static final int TRANSLIT_UK = 1 << 3;
  static final int TRANSLIT_RU = 1 << 4;
  static final int OTHER = 1 << 5;

  private static final int[] NO_TOPICS = {};

  /** The word lists ({@link #UK}, {@link #RU}, ...) that hold this word. */
  int languages;

  boolean stopword;
  boolean negator;
  boolean contrast;
  boolean question;
  boolean profanity;

  /** The factor this word multiplies the next sentiment word by; 0 when it is no intensifier. */
  float intensifier;

  /** The sentiment weight, -3..3; NaN when the word has none. */
  float sentiment = Float.NaN;

  /** The {@link Emotion} ordinal; -1 when none. */
  int emotion = -1;

  /** Ids of the topics the word belongs to, ascending. */
  int[] topics = NO_TOPICS;

  boolean hasSentiment() {
    return !Float.isNaN(sentiment);
  }

  void addTopic(int topic) {
    for (int t : topics) {
      if (t == topic) {
        return;
      }
    }
    int[] grown = java.util.Arrays.copyOf(topics, topics.length + 1);
    grown[topics.length] = topic;
    java.util.Arrays.sort(grown);
    topics = grown;
  }
}
