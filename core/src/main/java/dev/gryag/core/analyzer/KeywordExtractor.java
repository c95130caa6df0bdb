package dev.gryag.core.analyzer;

import java.util.ArrayList;
import java.util.List;

/**
 * Picks a message's keywords: the stems of its words that are not stopwords, function words,
 * laughter or shorter than three letters, ranked by how often they occur, then by first occurrence.
 * Counting uses a hash table over the stems in the norm buffer, so it stays linear for huge texts.
 */
final class KeywordExtractor {

  private static final int MIN_LETTERS = 3;

  private KeywordExtractor() {}

  static List<String> keywords(Tokens t, int limit) {
    if (limit == 0) {
      return List.of();
    }
    int[] chosen = new int[t.size];
    int candidates = 0;
    for (int i = 0; i < t.size; i++) {
      if (isCandidate(t, i)) {
        chosen[candidates++] = i;
      }
    }
    if (candidates == 0) {
      return List.of();
    }
    int capacity = Integer.highestOneBit(candidates * 2 - 1) << 1;
    int[] slots = new int[capacity]; // token index + 1 of the first occurrence, 0 when empty
    int[] counts = new int[capacity];
    int mask = capacity - 1;
    for (int c = 0; c < candidates; c++) {
      int i = chosen[c];
      int off = t.normStart[i];
      int len = t.stemLength[i];
      int h = WordTable.hash(t.norm, off, len);
      int slot = (h ^ (h >>> 16)) & mask;
      while (slots[slot] != 0 && !sameStem(t, slots[slot] - 1, i)) {
        slot = (slot + 1) & mask;
      }
      if (slots[slot] == 0) {
        slots[slot] = i + 1;
      }
      counts[slot]++;
    }
    return top(t, slots, counts, limit);
  }

  private static List<String> top(Tokens t, int[] slots, int[] counts, int limit) {
    List<String> keywords = new ArrayList<>(limit);
    for (int k = 0; k < limit; k++) {
      int best = -1;
      for (int s = 0; s < slots.length; s++) {
        if (counts[s] > 0
            && (best < 0
                || counts[s] > counts[best]
                || (counts[s] == counts[best] && slots[s] < slots[best]))) {
          best = s;
        }
      }
      if (best < 0) {
        break;
      }
      int token = slots[best] - 1;
      keywords.add(new String(t.norm, t.normStart[token], t.stemLength[token]));
      counts[best] = 0;
    }
    return keywords;
  }

  private static boolean isCandidate(Tokens t, int i) {
    if (t.type[i] != Tokens.WORD || t.normLength[i] < MIN_LETTERS || t.stemLength[i] < 2) {
      return false;
    }
    WordInfo info = t.exact[i];
    if (info != null
        && (info.stopword
            || info.negator
            || info.contrast
            || info.question
            || info.intensifier > 0)) {
      return false;
    }
    return !Words.isLaughter(t.norm, t.normStart[i], t.normLength[i]);
  }

  private static boolean sameStem(Tokens t, int a, int b) {
    int len = t.stemLength[a];
    if (len != t.stemLength[b]) {
      return false;
    }
    int offA = t.normStart[a];
    int offB = t.normStart[b];
    for (int k = 0; k < len; k++) {
      if (t.norm[offA + k] != t.norm[offB + k]) {
        return false;
      }
    }
    return true;
  }
}
