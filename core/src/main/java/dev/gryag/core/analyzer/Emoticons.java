package dev.gryag.core.analyzer;

/**
 * ASCII emoticons ({@code :) :-( xD <3 T_T}) recognised at a position of the text, each returned in
 * one canonical spelling that the emoji lexicon lists.
 */
final class Emoticons {

  /** Longest first, so that {@code :-)} wins over {@code :-}. */
  private static final String[] ALL = {
    ">:(", ":'(", ":-)", ":-(", ":-D", ":-P", ":-p", ":-/", ":-O", ":-o", ";-)", "</3", "^_^",
    "-_-", "o_O", "O_o", "0_o", "T_T", "Т_Т", ":)", ":(", ":D", ":P", ":p", ":/", ":O", ":o", ":|",
    ":3", ";)", ";(", "=)", "=(", ":]", "<3", "^^", "xD", "XD", "xd"
  };

  private Emoticons() {}

  /** True for a character that may start an emoticon. */
  static boolean mayStart(char c) {
    return switch (c) {
      case ':', ';', '=', '<', '>', '^', '-', 'x', 'X', 'o', 'O', '0', 'T', 'Т' -> true;
      default -> false;
    };
  }

  /** The emoticon at {@code i} in its canonical spelling, or null. */
  static String at(String text, int i) {
    char first = text.charAt(i);
    boolean startsWithLetter = Character.isLetterOrDigit(first);
    if (i > 0) {
      char before = text.charAt(i - 1);
      if (Character.isDigit(before) || (startsWithLetter && Character.isLetter(before))) {
        return null;
      }
    }
    for (String emoticon : ALL) {
      if (emoticon.charAt(0) == first && text.startsWith(emoticon, i)) {
        int after = i + emoticon.length();
        char last = emoticon.charAt(emoticon.length() - 1);
        boolean endsWithLetter = Character.isLetterOrDigit(last);
        if (after < text.length()) {
          char next = text.charAt(after);
          if ((endsWithLetter && Character.isLetterOrDigit(next)) || (last == '/' && next == '/')) {
            continue;
          }
        }
        return canonical(emoticon);
      }
    }
    return null;
  }

  private static String canonical(String emoticon) {
    return switch (emoticon) {
      case "XD", "xd" -> "xD";
      case "Т_Т" -> "T_T";
      default -> emoticon;
    };
  }
}
