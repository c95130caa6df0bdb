package dev.gryag.core.personalization;

import dev.gryag.core.analyzer.Analysis;
import dev.gryag.core.analyzer.TextFeatures;
import java.util.Set;

/** Cheap per-message style signals: how formal a message reads and whether it shouts. */
final class StyleSignals {

  /** Laughter and chat slang that mark a casual register (as the analyzer normalises keywords). */
  private static final Set<String> CASUAL =
      Set.of(
          "лол", "кек", "хаха", "хахаха", "ахах", "ахахах", "ахаха", "пхпх", "ору", "ага", "угу",
          "шо", "чо", "ща", "lol", "lmao", "rofl", "xd", "haha", "hahaha", "omg", "btw", "idk",
          "gonna", "wanna", "ok", "ок");

  private StyleSignals() {}

  /** True when a message of some length is written mostly in capitals. */
  static boolean shouting(TextFeatures features) {
    return features.characters() >= 6 && features.capsRatio() > 0.6;
  }

  /** How formal a text message reads, from 0 (casual) to 1 (formal); 0.5 is neutral. */
  static double formality(String text, Analysis analysis) {
    TextFeatures f = analysis.features();
    double score = 0.5;
    int first = firstLetter(text);
    if (first >= 0) {
      score += Character.isUpperCase(first) ? 0.15 : -0.15;
    }
    char last = lastVisible(text);
    if (last == '.' || last == '?' || last == '…') {
      score += 0.1;
    } else if (last == ')' || last == '(') {
      score -= 0.1; // ")))" is a smile in Slavic chats
    }
    if (f.profanity()) {
      score -= 0.3;
    }
    if (!f.emoji().isEmpty()) {
      score -= 0.1;
    }
    if (shouting(f) || text.contains("!!")) {
      score -= 0.15;
    }
    for (String keyword : analysis.keywords()) {
      if (CASUAL.contains(keyword)) {
        score -= 0.15;
        break;
      }
    }
    return Math.max(0, Math.min(1, score));
  }

  private static int firstLetter(String text) {
    int limit = Math.min(text.length(), 64);
    for (int i = 0; i < limit; i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        return c;
      }
    }
    return -1;
  }

  private static char lastVisible(String text) {
    for (int i = text.length() - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c)) {
        return c;
      }
    }
    return ' ';
  }
}
