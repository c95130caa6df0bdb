package dev.gryag.core.analyzer;

/**
 * An open-addressing map from a folded word to its {@link WordInfo}, looked up straight from a
 * character buffer so that analysing a message allocates no string per word. Filled once, then only
 * read (safe to share between threads once published).
 */
final class WordTable {

  private String[] keys = new String[64];
  private WordInfo[] values = new WordInfo[64];
  private int size;
  private int maxLength;

  /** The hash {@link #get} expects: {@link String#hashCode()} of the same characters. */
  static int hash(char[] buf, int off, int len) {
    int h = 0;
    for (int i = off, end = off + len; i < end; i++) {
      h = 31 * h + buf[i];
    }
    return h;
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  /** The info for {@code buf[off, off+len)} whose {@link #hash} is {@code hash}, or null. */
  WordInfo get(char[] buf, int off, int len, int hash) {
    if (len > maxLength) {
      return null;
    }
    int mask = keys.length - 1;
    for (int i = spread(hash) & mask; ; i = (i + 1) & mask) {
      String key = keys[i];
      if (key == null) {
        return null;
      }
      if (key.length() == len && key.hashCode() == hash && sameChars(key, buf, off, len)) {
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
    insert(key, info);
    size++;
    maxLength = Math.max(maxLength, key.length());
    return info;
  }

  int size() {
    return size;
  }

  /** The longest key, so a caller can stop trying longer prefixes. */
  int maxLength() {
    return maxLength;
  }

  private void insert(String key, WordInfo info) {
    int mask = keys.length - 1;
    int i = spread(key.hashCode()) & mask;
    while (keys[i] != null) {
      i = (i + 1) & mask;
    }
    keys[i] = key;
    values[i] = info;
  }

  private void grow() {
    String[] oldKeys = keys;
    WordInfo[] oldValues = values;
    keys = new String[oldKeys.length * 2];
    values = new WordInfo[oldKeys.length * 2];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != null) {
        insert(oldKeys[i], oldValues[i]);
      }
    }
  }

  private static boolean sameChars(String key, char[] buf, int off, int len) {
    for (int i = 0; i < len; i++) {
      if (key.charAt(i) != buf[off + i]) {
        return false;
      }
    }
    return true;
  }
}
