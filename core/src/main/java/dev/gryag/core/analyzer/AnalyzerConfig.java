package dev.gryag.core.analyzer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How a {@link LocalAnalyzer} is set up.
 *
 * @param cacheSize how many analyses the memo cache keeps (least recently used go first); 0
 *     disables the cache
 * @param keywordCount how many keywords an {@link Analysis} lists at most, 0 to 100
 * @param topics the topic lexicons whose tags {@link Analysis#topics()} reports; copied, may be
 *     empty (no topics)
 */
public record AnalyzerConfig(int cacheSize, int keywordCount, List<TopicLexicon> topics) {

  /** The default number of cached analyses. */
  public static final int DEFAULT_CACHE_SIZE = 10_000;

  /** The default number of keywords. */
  public static final int DEFAULT_KEYWORD_COUNT = 5;

  public AnalyzerConfig {
    if (cacheSize < 0) {
      throw new IllegalArgumentException(
          "cacheSize must be 0 (no cache) or more, was " + cacheSize);
    }
    if (keywordCount < 0 || keywordCount > 100) {
      throw new IllegalArgumentException("keywordCount must be in [0, 100], was " + keywordCount);
    }
    topics = List.copyOf(Objects.requireNonNull(topics, "topics"));
  }

  /** The defaults: a 10,000-entry cache, 5 keywords, the built-in topics. */
  public static AnalyzerConfig defaults() {
    return new AnalyzerConfig(
        DEFAULT_CACHE_SIZE, DEFAULT_KEYWORD_COUNT, List.of(TopicLexicon.builtIn()));
  }

  /** This config with another cache size (0 disables the cache). */
  public AnalyzerConfig withCacheSize(int size) {
    return new AnalyzerConfig(size, keywordCount, topics);
  }

  /** This config with another number of keywords. */
  public AnalyzerConfig withKeywordCount(int count) {
    return new AnalyzerConfig(cacheSize, count, topics);
  }

  /** This config with exactly these topic lexicons (the built-in ones are dropped unless given). */
  public AnalyzerConfig withTopics(List<TopicLexicon> lexicons) {
    return new AnalyzerConfig(cacheSize, keywordCount, lexicons);
  }

  /** This config with one more topic lexicon, kept beside those it has. */
  public AnalyzerConfig plusTopics(TopicLexicon lexicon) {
    List<TopicLexicon> more = new ArrayList<>(topics);
    more.add(Objects.requireNonNull(lexicon, "lexicon"));
    return new AnalyzerConfig(cacheSize, keywordCount, more);
  }
}
