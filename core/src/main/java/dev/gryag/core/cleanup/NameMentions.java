package dev.gryag.core.cleanup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds a member's names in a text the way a summary writes them: ignoring case, as words, and in
 * the forms a Ukrainian or Russian name takes (Олена, Олени, Оленою; Марія, Марії; Олег, Олегові).
 * Each word of a name with at least {@value #MIN_WORD} characters, letters among them, matches a
 * word of the text that starts with it — less one final vowel, {@code ь} or {@code й} — and goes on
 * for at most {@value #MAX_ENDING} letters more. It errs towards finding: a text that only seems to
 * name the member counts as naming them.
 */
final class NameMentions {

  static final int MIN_WORD = 3;
  static final int MAX_ENDING = 3;
  private static final String ENDINGS = "аеєиіїоуюяыэьйaeiouy";

  private final List<String> stems;

  private NameMentions(List<String> stems) {
    this.stems = stems;
  }

  /** The words of {@code names} to look for. */
  static NameMentions of(Set<String> names) {
    List<String> stems = new ArrayList<>();
    for (String name : names) {
      for (String word : words(name)) {
        if (word.length() >= MIN_WORD && word.chars().anyMatch(Character::isLetter)) {
          boolean inflects = ENDINGS.indexOf(word.charAt(word.length() - 1)) >= 0;
          stems.add(inflects ? word.substring(0, word.length() - 1) : word);
        }
      }
    }
    return new NameMentions(List.copyOf(stems));
  }

  /** True when a word of {@code text} is one of the names in some form. */
  boolean foundIn(String text) {
    if (stems.isEmpty()) {
      return false;
    }
    for (String word : words(text)) {
      for (String stem : stems) {
        if (word.startsWith(stem) && word.length() - stem.length() <= MAX_ENDING) {
          return true;
        }
      }
    }
    return false;
  }

  /** Lower-cased words: letters, digits and {@code _}, with apostrophes inside kept as one kind. */
  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c) || c == '_') {
        word.append(c == 'ё' || c == 'Ё' ? 'е' : c);
      } else if ("'’ʼ`".indexOf(c) >= 0 && !word.isEmpty()) {
        word.append('\'');
      } else {
        flush(word, words);
      }
    }
    flush(word, words);
    return words;
  }

  private static void flush(StringBuilder word, List<String> words) {
    int end = word.length();
    while (end > 0 && word.charAt(end - 1) == '\'') {
      end--;
    }
    if (end > 0) {
      words.add(word.substring(0, end).toLowerCase(Locale.ROOT));
    }
    word.setLength(0);
  }
}
