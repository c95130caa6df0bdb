package dev.gryag.core.analyzer;

import java.util.Arrays;

/**
 * The tokens of one message as parallel arrays (no object per token): type, span in the text,
 * flags, and for words and hashtags the folded form in a shared {@link #norm} buffer. Also the
 * message-wide counts the tokenizer gathers on the way. One instance per analysis, never shared.
 */
final class Tokens {

  static final byte WORD = 0;
  static final byte NUMBER = 1;
  static final byte URL = 2;
  static final byte MENTION = 3;
  static final byte HASHTAG = 4;
  static final byte COMMAND = 5;
  static final byte EMOJI = 6;
  static final byte EMOTICON = 7;

  /** Clause punctuation ({@code . , ; : ! ?} ...): ends the reach of a negator or intensifier. */
  static final byte BREAK = 8;

  static final int CYRILLIC = 1;
  static final int LATIN = 1 << 1;
  static final int OTHER_SCRIPT = 1 << 2;
  static final int UK_LETTER = 1 << 3;
  static final int RU_LETTER = 1 << 4;
  static final int OTHER_CYRILLIC = 1 << 5;
  static final int LATIN_DIACRITIC = 1 << 6;
  static final int INNER_APOSTROPHE = 1 << 7;
  static final int ALL_CAPS = 1 << 8;
  static final int ELONGATED = 1 << 9;
  static final int PROFANE = 1 << 10;

  final String text;
  int size;
  byte[] type;
  int[] start;
  int[] end;
  int[] flags;
  int[] normStart;
  int[] normLength;
  int[] stemLength;

  /** Emoji clusters as written, emoticons in their canonical spelling; null for other tokens. */
  String[] key;

  WordInfo[] exact;
  WordInfo[] stem;

  final char[] norm;
  int normSize;

  int letters;
  int upperLetters;
  int exclamations;
  int questionMarks;
  boolean interrobang;

  Tokens(String text) {
    this.text = text;
    int capacity = Math.min(8 + text.length() / 5, 1 << 16); // about one token per word
    type = new byte[capacity];
    start = new int[capacity];
    end = new int[capacity];
    flags = new int[capacity];
    normStart = new int[capacity];
    normLength = new int[capacity];
    key = new String[capacity];
    norm = new char[text.length()];
  }

  /** Adds a token and returns its index. */
  int add(byte tokenType, int from, int to) {
    if (size == type.length) {
      grow();
    }
    type[size] = tokenType;
    start[size] = from;
    end[size] = to;
    return size++;
  }

  private void grow() {
    int capacity = type.length * 2;
    type = Arrays.copyOf(type, capacity);
    start = Arrays.copyOf(start, capacity);
    end = Arrays.copyOf(end, capacity);
    flags = Arrays.copyOf(flags, capacity);
    normStart = Arrays.copyOf(normStart, capacity);
    normLength = Arrays.copyOf(normLength, capacity);
    key = Arrays.copyOf(key, capacity);
  }
}
