package dev.gryag.core.analyzer;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything the local analyzer tells about one message. Immutable.
 *
 * @param language the language, its confidence and whether the message mixes languages
 * @param sentiment score in [-1, 1] and its label, negation and intensifiers applied
 * @param emotion the dominant emotion, {@link Emotion#NEUTRAL} when none stands out
 * @param keywords the message's top terms, normalised (lower case, one apostrophe, ё as е, light
 *     stemming), stopwords removed, most frequent first (then by first appearance); copied, never
 *     null
 * @param topics topic tags from the topic lexicons the message touches; copied, never null
 * @param features surface features: counts, emoji, links, mentions, commands, caps, profanity
 */
public record Analysis(
    LanguageGuess language,
    Sentiment sentiment,
    Emotion emotion,
    List<String> keywords,
    Set<String> topics,
    TextFeatures features) {

  /** The analysis of an empty or blank message. */
  public static final Analysis EMPTY =
      new Analysis(
          LanguageGuess.UNKNOWN,
          Sentiment.NEUTRAL,
          Emotion.NEUTRAL,
          List.of(),
          Set.of(),
          TextFeatures.EMPTY);

  public Analysis {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(sentiment, "sentiment");
    Objects.requireNonNull(emotion, "emotion");
    Objects.requireNonNull(features, "features");
    keywords = List.copyOf(keywords);
    topics = Set.copyOf(topics);
  }
}
