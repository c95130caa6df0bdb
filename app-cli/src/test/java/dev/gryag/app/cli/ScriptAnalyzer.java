package dev.gryag.app.cli;

import dev.gryag.core.analyzer.Analysis;
import dev.gryag.core.analyzer.Emotion;
import dev.gryag.core.analyzer.Language;
import dev.gryag.core.analyzer.LanguageGuess;
import dev.gryag.core.analyzer.Sentiment;
import dev.gryag.core.analyzer.TextAnalyzer;
import dev.gryag.core.analyzer.TextFeatures;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A predictable analyzer for the command's tests, so they check the command and not the real
 * analyzer: words are whitespace-separated letter runs, the language comes from the script
 * (Ukrainian letters, Russian letters, Latin), emoji are symbols above U+2600, a {@code ?} makes a
 * question, and the sentiment is +0.5 with {@code :)} and -0.5 with {@code :(}.
 */
public final class ScriptAnalyzer implements TextAnalyzer {

  @Override
  public Analysis analyze(String text) {
    List<String> words = new ArrayList<>();
    List<String> emoji = new ArrayList<>();
    int links = 0;
    for (String token : text.split("\\s+")) {
      if (token.startsWith("http")) {
        links++;
      } else if (!token.isEmpty() && token.codePointAt(0) >= 0x2600) {
        emoji.add(token);
      } else {
        String word = token.replaceAll("[^\\p{L}']", "").toLowerCase(Locale.ROOT);
        if (word.length() > 2) {
          words.add(word);
        }
      }
    }
    Language language = language(text);
    double score = text.contains(":)") ? 0.5 : text.contains(":(") ? -0.5 : 0;
    Sentiment.Label label =
        score > 0
            ? Sentiment.Label.POSITIVE
            : score < 0 ? Sentiment.Label.NEGATIVE : Sentiment.Label.NEUTRAL;
    return new Analysis(
        language == Language.UNKNOWN
            ? LanguageGuess.UNKNOWN
            : new LanguageGuess(language, 0.8, false, Language.UNKNOWN),
        new Sentiment(score, label),
        Emotion.NEUTRAL,
        words,
        Set.of(),
        new TextFeatures(
            text.codePointCount(0, text.length()),
            words.size(),
            text.contains("?"),
            text.contains("!"),
            emoji,
            links,
            List.of(),
            List.of(),
            List.of(),
            0,
            false));
  }

  private static Language language(String text) {
    if (text.matches("(?s).*[іїєґІЇЄҐ].*")) {
      return Language.UK;
    }
    if (text.matches("(?s).*[ыэъёЫЭЪЁ].*")) {
      return Language.RU;
    }
    if (text.matches("(?s).*[а-яА-Я].*")) {
      return Language.UK;
    }
    return text.matches("(?s).*[a-zA-Z]{2,}.*") ? Language.EN : Language.UNKNOWN;
  }
}
