package dev.gryag.core.analyzer;

import java.util.Arrays;

/**
 * An open-addressing map from a folded word to its {@link WordInfo}, looked up straight from a
 * character buffer so that analysing a message allocates no string per word. Filled once, then only
 * read (safe to share between threads once published).
 */
final class WordTable {

  private char[][] keys = new char[64][];
  private int[] hashes = new int[64];
  private WordInfo[] values = new WordInfo[64];
  private int size;
  private int maxLength;
  private final long[] starts = new long[1024]; // a filter over the first two characters of keys

  /** The hash {@link #get} expects: {@link String#hashCode()} of the same characters. */
  static int hash(char[] buf, int off, int len) {
    int h = 0;
    for (int i = off, end = off + len; i < end; i++) {
      h = 31 * h + buf[i];
    }
    return h;
  }

  private static int spread(int h) {
    return (h ^ (h >>> 16)) * 0x9E3779B1;
  }

  /** The info for {@code buf[off, off+len)} whose {@link #hash} is {@code hash}, or null. */
  WordInfo get(char[] buf, int off, int len, int hash) {
    if (len > maxLength) {
      return null;
    }
    int mask = keys.length - 1;
    for (int i = spread(hash) >>> 8 & mask; ; i = (i + 1) & mask) {
      char[] key = keys[i];
      if (key == null) {
        return null;
      }
      if (hashes[i] == hash
          && key.length == len
          && Arrays.equals(key, 0, len, buf, off, off + len)) {
        return values[i];
      }
    }
  }

  WordInfo get(String key) {
    return get(key.toCharArray(), 0, key.length(), key.hashCode());
  }

  /** The info for {@code key}, added empty if missing. Only while the lexicons load. */
  WordInfo getOrAdd(String key) {
    WordInfo existing = get(key);
    if (existing != null) {
      return existing;
    }
    if ((size + 1) * 2 > keys.length) {
      grow();
    }
    WordInfo info = new WordInfo();
    insert(key.toCharArray(), key.hashCode(), info);
    int start = startBit(key.charAt(0), key.length() > 1 ? key.charAt(1) : 0);
    starts[start >>> 6] |= 1L << start;
    size++;
    maxLength = Math.max(maxLength, key.length());
    return info;
  }

  /** False when no key starts with these two characters (true may be a false alarm). */
  boolean mayStartWith(char first, char second) {
    int start = startBit(first, second);
    return (starts[start >>> 6] & (1L << start)) != 0;
  }

  private static int startBit(char first, char second) {
    return (first * 31 + second) & 0xFFFF;
  }

  /** The longest key, so a caller can stop trying longer prefixes. */
  int maxLength() {
    return maxLength;
  }

  private void insert(char[] key, int hash, WordInfo info) {
    int mask = keys.length - 1;
    int i = spread(hash) >>> 8 & mask;
    while (keys[i] != null) {
      i = (i + 1) & mask;
    }
    keys[i] = key;
    hashes[i] = hash;
    values[i] = info;
  }

  private void grow() {
    char[][] oldKeys = keys;
    int[] oldHashes = hashes;
    WordInfo[] oldValues = values;
    keys = new char[oldKeys.length * 2][];
    hashes = new int[oldKeys.length * 2];
    values = new WordInfo[oldKeys.length * 2];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != null) {
        insert(oldKeys[i], oldHashes[i], oldValues[i]);
      }
    }
  }
}
