package dev.gryag.core.analytics;

import dev.gryag.core.analyzer.Analysis;
import dev.gryag.core.analyzer.Emotion;
import dev.gryag.core.analyzer.Language;
import dev.gryag.core.analyzer.LanguageGuess;
import dev.gryag.core.analyzer.Sentiment;
import dev.gryag.core.analyzer.TextAnalyzer;
import dev.gryag.core.analyzer.TextFeatures;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A hand-made analyzer for tests: each text maps to an analysis built here, so expectations do not
 * depend on the real analyzer. Words are the text's space-separated tokens; a token ending in
 * {@code ?} makes a question; tokens starting with {@code http} are links; tokens listed as emoji
 * are emoji; the sentiment and language come from markers registered per text.
 */
final class Analyses implements TextAnalyzer {

  private final Map<String, Analysis> known = new HashMap<>();
  int calls;

  /** Registers the analysis of {@code text}. */
  Analyses say(String text, Language language, double score) {
    known.put(text, build(text, language, score));
    return this;
  }

  @Override
  public Analysis analyze(String text) {
    calls++;
    Analysis analysis = known.get(text);
    if (analysis == null) {
      throw new AssertionError("no analysis registered for '" + text + "'");
    }
    return analysis;
  }

  static Analysis build(String text, Language language, double score) {
    List<String> words = new ArrayList<>();
    List<String> emoji = new ArrayList<>();
    int links = 0;
    boolean question = false;
    for (String token : text.split(" ")) {
      if (token.startsWith("http")) {
        links++;
      } else if (token.codePointAt(0) > 0x2000) {
        emoji.add(token);
      } else {
        question |= token.endsWith("?");
        words.add(token.replace("?", "").toLowerCase());
      }
    }
    Sentiment.Label label =
        score > 0.2
            ? Sentiment.Label.POSITIVE
            : score < -0.2 ? Sentiment.Label.NEGATIVE : Sentiment.Label.NEUTRAL;
    TextFeatures features =
        new TextFeatures(
            text.codePointCount(0, text.length()),
            words.size(),
            question,
            false,
            emoji,
            links,
            List.of(),
            List.of(),
            List.of(),
            0,
            false);
    LanguageGuess guess =
        language == Language.UNKNOWN
            ? LanguageGuess.UNKNOWN
            : new LanguageGuess(language, 0.9, false, Language.UNKNOWN);
    return new Analysis(
        guess, new Sentiment(score, label), Emotion.NEUTRAL, words, Set.of(), features);
  }
}
