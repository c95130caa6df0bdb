package dev.gryag.core.analyzer;

/**
 * The Telegram markers the tokenizer keeps whole: {@code @mentions}, {@code #hashtags}, {@code
 * /commands} and bare-domain links. Each scan looks at a bounded stretch of text.
 */
final class Markers {

  private Markers() {}

  /** A {@code @username} at {@code i}; returns where scanning goes on. */
  static int mention(String text, int i, Tokens tokens) {
    int n = text.length();
    int j = i + 1;
    while (j < n && j - i <= 33 && isUsernameChar(text.charAt(j))) {
      j++;
    }
    if (j - i < 3) {
      return i + 1;
    }
    tokens.add(Tokens.MENTION, i, j);
    return j;
  }

  /** A {@code /command} or {@code /command@bot} at {@code i} after a space or at the start. */
  static int command(String text, int i, Tokens tokens) {
    int n = text.length();
    if (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
      return i + 1;
    }
    int j = i + 1;
    if (j >= n || !isAsciiLetter(text.charAt(j))) {
      return i + 1;
    }
    while (j < n && j - i <= 33 && isUsernameChar(text.charAt(j))) {
      j++;
    }
    if (j + 1 < n && text.charAt(j) == '@' && isUsernameChar(text.charAt(j + 1))) {
      j++;
      while (j < n && isUsernameChar(text.charAt(j))) {
        j++;
      }
    }
    if (j < n && (text.charAt(j) == '/' || Character.isLetterOrDigit(text.charAt(j)))) {
      return j; // a path such as /usr/bin, not a command
    }
    tokens.add(Tokens.COMMAND, i, j);
    return j;
  }

  /** A {@code #hashtag} (one letter at least) at {@code i}; its body is folded like a word. */
  static int hashtag(String text, int i, Tokens tokens) {
    int t = tokens.add(Tokens.HASHTAG, i, i + 1);
    int before = tokens.normSize;
    int end = WordScanner.scan(tokens, text, i + 1, t, false);
    if (end == i + 1
        || (tokens.flags[t] & (Tokens.CYRILLIC | Tokens.LATIN | Tokens.OTHER_SCRIPT)) == 0) {
      tokens.size--; // "#" alone or "#1" is no hashtag
      tokens.normSize = before;
      return i + 1;
    }
    tokens.end[t] = end;
    return end;
  }

  /**
   * The end of a bare-domain link at {@code i}, checked only when a dot follows the word; or -1.
   */
  static int bareLink(String text, int i) {
    int n = text.length();
    char c = text.charAt(i);
    if (c >= 0x80) {
      return -1;
    }
    int j = i;
    while (j < n && j - i < 64 && (isUsernameChar(text.charAt(j)) || text.charAt(j) == '-')) {
      j++;
    }
    return j < n && text.charAt(j) == '.' ? Links.bareDomainEnd(text, i) : -1;
  }

  private static boolean isUsernameChar(char c) {
    return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '_';
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
