package dev.gryag.core.conversation;

import dev.gryag.core.analyzer.Analysis;
import dev.gryag.core.analyzer.Emotion;
import dev.gryag.core.analyzer.LanguageGuess;
import dev.gryag.core.analyzer.Sentiment;
import dev.gryag.core.analyzer.TextFeatures;
import java.util.List;
import java.util.Set;

/** Hand-built analyses for tests of the reply policy. */
final class Analyses {

  private Analyses() {}

  static Analysis of(boolean question, double sentiment, Emotion emotion, Set<String> topics) {
    Sentiment.Label label =
        sentiment > 0.1
            ? Sentiment.Label.POSITIVE
            : sentiment < -0.1 ? Sentiment.Label.NEGATIVE : Sentiment.Label.NEUTRAL;
    TextFeatures features =
        new TextFeatures(
            20, 4, question, false, List.of(), 0, List.of(), List.of(), List.of(), 0, false);
    return new Analysis(
        LanguageGuess.UNKNOWN,
        new Sentiment(sentiment, label),
        emotion,
        List.of(),
        topics,
        features);
  }

  static Analysis question() {
    return of(true, 0, Emotion.NEUTRAL, Set.of());
  }

  static Analysis hostile() {
    return of(false, -0.8, Emotion.ANGER, Set.of());
  }

  static Analysis engaging(String topic) {
    return of(true, 0.7, Emotion.JOY, Set.of(topic));
  }

  static Analysis onTopic(String topic) {
    return of(false, 0, Emotion.NEUTRAL, Set.of(topic));
  }
}
