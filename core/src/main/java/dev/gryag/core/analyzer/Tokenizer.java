package dev.gryag.core.analyzer;

/**
 * Splits a message into {@link Tokens} in one left-to-right pass with bounded look-ahead (linear in
 * the length of the text, no regular expressions): links, {@code @mentions}, {@code #hashtags} and
 * {@code /commands} whole, emoji as whole clusters, ASCII emoticons and the bracket smileys of
 * Cyrillic chats, words (with inner apostrophes and hyphens) folded into the norm buffer.
 */
final class Tokenizer {

  private final String text;
  private final int n;
  private final Tokens tokens;
  private int openBrackets;

  private Tokenizer(String text) {
    this.text = text;
    this.n = text.length();
    this.tokens = new Tokens(text);
  }

  /** The tokens of {@code text}. */
  static Tokens tokenize(String text) {
    Tokenizer tokenizer = new Tokenizer(text);
    tokenizer.run();
    return tokenizer.tokens;
  }

  private void run() {
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      int next;
      if (c <= ' ') {
        next = i + 1;
      } else if (c < 0x80) {
        next = ascii(i, c);
      } else {
        next = nonAscii(i, text.codePointAt(i));
      }
      i = Math.max(next, i + 1); // every step moves on, whatever the input
    }
  }

  private int ascii(int i, char c) {
    boolean boundary = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
    if (boundary && (c == 'h' || c == 'H' || c == 'w' || c == 'W' || c == 't' || c == 'f')) {
      int end = Links.schemeLinkEnd(text, i);
      if (end > 0) {
        tokens.add(Tokens.URL, i, end);
        return end;
      }
    }
    if (Emoticons.mayStart(c)) {
      String emoticon = Emoticons.at(text, i);
      if (emoticon != null) {
        int t = tokens.add(Tokens.EMOTICON, i, i + emoticon.length());
        tokens.key[t] = emoticon;
        return tokens.end[t];
      }
    }
    if ((c >= '0' && c <= '9') || c == '#' || c == '*') {
      int keycap = keycapEnd(i);
      if (keycap > 0) {
        return emoji(i, keycap);
      }
    }
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
      return word(i, boundary);
    }
    return switch (c) {
      case '@' -> boundary ? Markers.mention(text, i, tokens) : i + 1;
      case '#' -> boundary ? Markers.hashtag(text, i, tokens) : i + 1;
      case '/' -> Markers.command(text, i, tokens);
      case '(' -> openingBrackets(i);
      case ')' -> closingBrackets(i);
      case '!', '?' -> exclamations(i);
      case '.', ',', ';', ':' -> punctuation(i, 1);
      case '-' ->
          i + 1 < n && text.charAt(i + 1) == ' ' && i > 0 && text.charAt(i - 1) == ' '
              ? punctuation(i, 1)
              : i + 1;
      default -> i + 1;
    };
  }

  private int nonAscii(int i, int cp) {
    if (Character.isLetterOrDigit(cp) && !Words.isApostrophe(cp)) {
      if (cp == 'Т') {
        String emoticon = Emoticons.at(text, i);
        if (emoticon != null) {
          int t = tokens.add(Tokens.EMOTICON, i, i + 3);
          tokens.key[t] = emoticon;
          return i + 3;
        }
      }
      return word(i, true);
    }
    if (cp == 0x203C || cp == 0x2049) {
      int after = i + 1;
      if (after < n && text.charAt(after) == 0xFE0F) {
        return emoji(i, after + 1);
      }
      return exclamations(i);
    }
    if (Unicode.isEmojiStart(cp) || ((cp == 0xA9 || cp == 0xAE) && nextIs(i + 1, 0xFE0F))) {
      return emoji(i, Unicode.emojiEnd(text, i, cp));
    }
    return switch (cp) {
      case '…', '—', '–', '¿', '¡', '。', '؟', '«', '»' -> {
        if (cp == '¿') {
          tokens.questionMarks++;
        } else if (cp == '¡') {
          tokens.exclamations++;
        }
        yield cp == '«' || cp == '»' ? i + 1 : punctuation(i, 1);
      }
      default -> i + Character.charCount(cp);
    };
  }

  private boolean nextIs(int i, int cp) {
    return i < n && text.codePointAt(i) == cp;
  }

  private int keycapEnd(int i) {
    int j = i + 1;
    if (j < n && text.charAt(j) == 0xFE0F) {
      j++;
    }
    return j < n && text.charAt(j) == Unicode.KEYCAP ? j + 1 : -1;
  }

  private int emoji(int from, int to) {
    int t = tokens.add(Tokens.EMOJI, from, to);
    tokens.key[t] = text.substring(from, to);
    return to;
  }

  private int punctuation(int i, int length) {
    if (tokens.size == 0 || tokens.type[tokens.size - 1] != Tokens.BREAK) {
      tokens.add(Tokens.BREAK, i, i + length);
    }
    return i + length;
  }

  private int exclamations(int i) {
    int j = i;
    char previous = 0;
    while (j < n) {
      char c = text.charAt(j);
      if (c == '!' || c == '¡') {
        tokens.exclamations++;
      } else if (c == '?') {
        tokens.questionMarks++;
      } else if (c == 0x203C) {
        tokens.exclamations += 2;
      } else if (c == 0x2049) {
        tokens.exclamations++;
        tokens.questionMarks++;
        tokens.interrobang = true;
      } else {
        break;
      }
      if ((c == '!' && previous == '?') || (c == '?' && previous == '!')) {
        tokens.interrobang = true;
      }
      previous = c;
      j++;
    }
    return punctuation(i, j - i);
  }

  private int openingBrackets(int i) {
    int j = i;
    while (j < n && text.charAt(j) == '(') {
      j++;
    }
    int run = j - i;
    if (run >= 2 || followedBySpaceToEnd(j) || (j < n && text.charAt(j) == ')')) {
      int t = tokens.add(Tokens.EMOTICON, i, j);
      tokens.key[t] = run >= 2 ? "((" : "(";
      return j;
    }
    openBrackets += run;
    return j;
  }

  private int closingBrackets(int i) {
    int j = i;
    while (j < n && text.charAt(j) == ')') {
      j++;
    }
    int run = j - i;
    int closing = Math.min(run, openBrackets);
    openBrackets -= closing;
    int smiley = run - closing;
    if (smiley > 0) {
      int t = tokens.add(Tokens.EMOTICON, i + closing, j);
      tokens.key[t] = smiley >= 2 ? "))" : ")";
    }
    return j;
  }

  /** True when only white space follows {@code j} (a lone "(" that ends a message is sad). */
  private boolean followedBySpaceToEnd(int j) {
    int k = j;
    while (k < n && k - j < 64 && Character.isWhitespace(text.charAt(k))) {
      k++;
    }
    return k == n;
  }

  private int word(int i, boolean boundary) {
    if (boundary && i + 1 < n) {
      int link = Markers.bareLink(text, i);
      if (link > 0) {
        tokens.add(Tokens.URL, i, link);
        return link;
      }
    }
    int t = tokens.add(Tokens.WORD, i, i);
    int end = WordScanner.scan(tokens, text, i, t, true);
    if (end == i) {
      tokens.size--; // a lone mark or apostrophe: no word
      return i + Character.charCount(text.codePointAt(i));
    }
    tokens.end[t] = end;
    return end;
  }
}
