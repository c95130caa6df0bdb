package dev.gryag.core.context;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Splits text into the terms the in-memory search indexes: lower-cased words of at least three
 * letters or digits, {@code ё} read as {@code е}, apostrophes kept inside words, a few very common
 * words dropped, and each word cut to its first {@value #STEM} characters, a crude stem that lets
 * inflected Ukrainian and Russian forms meet.
 */
final class SearchTerms {

  static final int STEM = 7;
  private static final int MIN_LENGTH = 3;

  private static final Set<String> COMMON =
      Set.of(
          "the", "and", "you", "for", "are", "but", "not", "this", "that", "with", "was", "have",
          "что", "это", "как", "так", "все", "его", "она", "они", "мне", "для", "уже", "нет", "або",
          "але", "вже", "там", "тут", "щоб", "яка", "які", "цей", "мені", "тебе", "його", "вона",
          "вони", "було", "буде", "якщо", "коли", "тому");

  private SearchTerms() {}

  /** The distinct terms of {@code text}, in order of first appearance. */
  static Set<String> of(String text) {
    Set<String> terms = new LinkedHashSet<>();
    if (text == null) {
      return terms;
    }
    StringBuilder word = new StringBuilder(16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        word.append(c == 'ё' || c == 'Ё' ? 'е' : Character.toLowerCase(c));
      } else if (isApostrophe(c) && !word.isEmpty()) {
        word.append('\'');
      } else {
        flush(word, terms);
      }
    }
    flush(word, terms);
    return terms;
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '’' || c == 'ʼ' || c == '`';
  }

  private static void flush(StringBuilder word, Set<String> terms) {
    int end = word.length();
    while (end > 0 && word.charAt(end - 1) == '\'') {
      end--;
    }
    if (end >= MIN_LENGTH) {
      String term = word.substring(0, Math.min(end, STEM));
      if (!COMMON.contains(term)) {
        terms.add(term);
      }
    }
    word.setLength(0);
  }
}
