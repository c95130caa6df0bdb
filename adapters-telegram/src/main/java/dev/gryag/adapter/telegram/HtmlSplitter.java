package dev.gryag.adapter.telegram;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Splits Telegram HTML into messages of at most {@code limit} UTF-16 units, preferring a paragraph
 * break, then a line break, then a sentence end, then a space; never inside a tag, an entity or a
 * surrogate pair. Tags open at a cut are closed at the end of one part and reopened at the start of
 * the next, so each part is well-formed on its own.
 */
final class HtmlSplitter {

  /** Telegram's limit on a message's text. */
  static final int TELEGRAM_LIMIT = 4096;

  private enum Boundary {
    PARAGRAPH,
    LINE,
    SENTENCE,
    WORD,
    ANY
  }

  private HtmlSplitter() {}

  static List<String> split(String html, int limit) {
    List<String> parts = new ArrayList<>();
    Deque<String> open = new ArrayDeque<>();
    int pos = 0;
    while (pos < html.length()) {
      String prefix = String.join("", open);
      if (prefix.length() + html.length() - pos <= limit) {
        parts.add(prefix + html.substring(pos));
        break;
      }
      Cut cut = null;
      for (int window = limit - prefix.length(); cut == null; ) {
        if (window <= 0) {
          throw new IllegalArgumentException(
              "cannot split HTML at offset " + pos + ": tags are nested too deep for " + limit);
        }
        Cut candidate = cut(html, pos, pos + window, open);
        int total = prefix.length() + candidate.end() - pos + candidate.closers().length();
        if (total <= limit) {
          cut = candidate;
        } else {
          window -= total - limit;
        }
      }
      parts.add(prefix + html.substring(pos, cut.end()) + cut.closers());
      open = cut.openAfter();
      pos = cut.end();
    }
    return parts;
  }

  /** The best cut in {@code (from, end]}, extended over closing tags that follow it. */
  private static Cut cut(String html, int from, int end, Deque<String> openAtFrom) {
    int[] last = new int[Boundary.values().length];
    char previous = 0;
    char beforePrevious = 0;
    int i = from;
    while (i < end) {
      int unit = unitEnd(html, i);
      if (html.charAt(i) == '<' && unit > i + 1) {
        i = unit;
        continue;
      }
      if (unit > end) {
        break;
      }
      char c = html.charAt(i);
      last[classify(c, previous, beforePrevious).ordinal()] = unit;
      beforePrevious = previous;
      previous = c;
      i = unit;
    }
    int at = choose(last, from, end);
    if (at <= from) {
      throw new IllegalArgumentException(
          "cannot split HTML at offset " + from + ": a tag is longer than " + (end - from));
    }
    return at(html, from, at, openAtFrom);
  }

  private static Boundary classify(char c, char previous, char beforePrevious) {
    if (c == '\n') {
      return previous == '\n' ? Boundary.PARAGRAPH : Boundary.LINE;
    }
    if (Character.isWhitespace(c)) {
      boolean sentenceEnd =
          previous == '.'
              || previous == '!'
              || previous == '?'
              || previous == '…'
              || ((previous == ')' || previous == '"' || previous == '»')
                  && (beforePrevious == '.' || beforePrevious == '!' || beforePrevious == '?'));
      return sentenceEnd ? Boundary.SENTENCE : Boundary.WORD;
    }
    return Boundary.ANY;
  }

  /**
   * The first kind of boundary found in the window's second half, else the last space, else any.
   */
  private static int choose(int[] last, int from, int end) {
    int half = from + (end - from) / 2;
    int anySpace = 0;
    for (Boundary b : Boundary.values()) {
      if (b == Boundary.ANY) {
        break;
      }
      if (last[b.ordinal()] > half) {
        return last[b.ordinal()];
      }
      anySpace = Math.max(anySpace, last[b.ordinal()]);
    }
    return anySpace > from ? anySpace : last[Boundary.ANY.ordinal()];
  }

  /** The cut at {@code at}, moved past closing tags so a part never ends with an empty element. */
  private static Cut at(String html, int from, int at, Deque<String> openAtFrom) {
    Deque<String> open = new ArrayDeque<>(openAtFrom);
    for (int i = from; i < at; ) {
      int unit = unitEnd(html, i);
      if (html.charAt(i) == '<' && unit > i + 1) {
        track(open, html.substring(i, unit));
      }
      i = unit;
    }
    int end = at;
    while (html.startsWith("</", end)) {
      int unit = unitEnd(html, end);
      track(open, html.substring(end, unit));
      end = unit;
    }
    StringBuilder closers = new StringBuilder();
    open.descendingIterator()
        .forEachRemaining(tag -> closers.append("</").append(name(tag)).append('>'));
    return new Cut(end, closers.toString(), open);
  }

  private static void track(Deque<String> open, String tag) {
    if (tag.startsWith("</")) {
      if (!open.isEmpty()) {
        open.removeLast();
      }
    } else if (!tag.endsWith("/>")) {
      open.addLast(tag);
    }
  }

  private static String name(String tag) {
    int i = 1;
    while (i < tag.length() && (Character.isLetterOrDigit(tag.charAt(i)) || tag.charAt(i) == '-')) {
      i++;
    }
    return tag.substring(1, i);
  }

  /** Where the unit at {@code i} ends: a tag, an entity, a surrogate pair, or one char. */
  static int unitEnd(String html, int i) {
    char c = html.charAt(i);
    if (c == '<') {
      int close = html.indexOf('>', i);
      return close < 0 ? i + 1 : close + 1;
    }
    if (c == '&') {
      int j = i + 1;
      while (j < html.length() && j - i <= 10 && isEntityChar(html.charAt(j))) {
        j++;
      }
      return j < html.length() && html.charAt(j) == ';' && j > i + 1 ? j + 1 : i + 1;
    }
    if (Character.isHighSurrogate(c)
        && i + 1 < html.length()
        && Character.isLowSurrogate(html.charAt(i + 1))) {
      return i + 2;
    }
    return i + 1;
  }

  private static boolean isEntityChar(char c) {
    return c == '#' || (c < 128 && Character.isLetterOrDigit(c));
  }

  private record Cut(int end, String closers, Deque<String> openAfter) {}
}
