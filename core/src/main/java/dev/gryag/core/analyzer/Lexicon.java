package dev.gryag.core.analyzer;

import java.util.List;
import java.util.Map;

/**
 * Everything the analyzer looks words up in, built for one set of topic lexicons: folded words,
 * their stems, prefixes ({@code пизд*}), emoji and emoticons, topic names and the n-gram model.
 * Immutable once built, shared by every thread of a {@link LocalAnalyzer}.
 */
final class Lexicon {

  private static final int MIN_PREFIX = 2;

  private final WordTable exact;
  private final WordTable stems;
  private final WordTable prefixes;
  private final Map<String, WordInfo> emoji;
  private final List<String> topicNames;
  private final NgramModel ngrams;

  Lexicon(
      WordTable exact,
      WordTable stems,
      WordTable prefixes,
      Map<String, WordInfo> emoji,
      List<String> topicNames,
      NgramModel ngrams) {
    this.exact = exact;
    this.stems = stems;
    this.prefixes = prefixes;
    this.emoji = new java.util.HashMap<>(emoji);
    this.topicNames = List.copyOf(topicNames);
    this.ngrams = ngrams;
  }

  NgramModel ngrams() {
    return ngrams;
  }

  /** The name of the topic with this id. */
  String topicName(int id) {
    return topicNames.get(id);
  }

  int topicCount() {
    return topicNames.size();
  }

  /**
   * Looks every word and hashtag up: fills {@link Tokens#exact}, {@link Tokens#stem} and {@link
   * Tokens#stemLength}, flags profane words, and marks in {@code topicHits} the topics they touch.
   */
  void annotate(Tokens t, boolean[] topicHits) {
    t.exact = new WordInfo[t.size];
    t.stem = new WordInfo[t.size];
    t.stemLength = new int[t.size];
    char[] norm = t.norm;
    for (int i = 0; i < t.size; i++) {
      byte type = t.type[i];
      if (type != Tokens.WORD && type != Tokens.HASHTAG) {
        continue;
      }
      int off = t.normStart[i];
      int len = t.normLength[i];
      int hash = WordTable.hash(norm, off, len);
      WordInfo e = exact.get(norm, off, len, hash);
      int stemLen = Stemmer.stemLength(norm, off, len);
      int stemHash = stemLen == len ? hash : WordTable.hash(norm, off, stemLen);
      WordInfo s =
          stemLen >= Stemmer.MIN_STEM_LOOKUP ? stems.get(norm, off, stemLen, stemHash) : null;
      t.exact[i] = e;
      t.stem[i] = s;
      t.stemLength[i] = stemLen;
      if (e != null) {
        mark(e, t, i, topicHits);
      }
      if (s != null) {
        markTopics(s, topicHits);
      }
      matchPrefixes(t, i, off, len, topicHits);
    }
  }

  private void matchPrefixes(Tokens t, int i, int off, int len, boolean[] topicHits) {
    if (len < MIN_PREFIX || !prefixes.mayStartWith(t.norm[off], t.norm[off + 1])) {
      return;
    }
    int max = Math.min(len, prefixes.maxLength());
    int h = 0;
    char[] norm = t.norm;
    for (int k = 0; k < max; k++) {
      h = 31 * h + norm[off + k];
      if (k + 1 >= MIN_PREFIX) {
        WordInfo p = prefixes.get(norm, off, k + 1, h);
        if (p != null) {
          mark(p, t, i, topicHits);
        }
      }
    }
  }

  private static void mark(WordInfo info, Tokens t, int i, boolean[] topicHits) {
    if (info.profanity) {
      t.flags[i] |= Tokens.PROFANE;
    }
    markTopics(info, topicHits);
  }

  private static void markTopics(WordInfo info, boolean[] topicHits) {
    for (int topic : info.topics) {
      topicHits[topic] = true;
    }
  }

  /** What the lexicon knows about an emoji cluster or canonical emoticon, or null. */
  WordInfo emoji(String key) {
    WordInfo direct = emoji.get(key);
    if (direct != null) {
      return direct;
    }
    String base = emojiKey(key);
    WordInfo info = emoji.get(base);
    if (info == null) {
      int zwj = base.indexOf(Unicode.ZWJ);
      if (zwj > 0) {
        info = emoji.get(base.substring(0, zwj));
      }
    }
    return info;
  }

  /** An emoji without variation selectors and skin tones, as the emoji lexicon keys it. */
  static String emojiKey(String cluster) {
    StringBuilder out = new StringBuilder(cluster.length());
    for (int i = 0; i < cluster.length(); ) {
      int cp = cluster.codePointAt(i);
      i += Character.charCount(cp);
      if (!Unicode.isVariationSelector(cp) && !Unicode.isSkinTone(cp)) {
        out.appendCodePoint(cp);
      }
    }
    return out.toString();
  }
}
