package dev.gryag.core.analyzer;

import java.util.Objects;
import java.util.Set;

/**
 * The analyzer Gryag ships: language, sentiment, emotion, keywords, topics and surface features of
 * Ukrainian, Russian and English chat messages, computed locally from lexicons and character n-gram
 * profiles (no model download, no network). Thread-safe and deterministic; results are memoised in
 * a bounded LRU cache keyed by the text (texts longer than {@value #MAX_CACHED_LENGTH} characters
 * are analysed but not cached). See {@code docs/analyzer.md}.
 */
public final class LocalAnalyzer implements TextAnalyzer {

  /** Texts longer than this are never cached, so that a few huge messages cannot fill memory. */
  public static final int MAX_CACHED_LENGTH = 4096;

  private final AnalyzerConfig config;
  private final Lexicon lexicon;
  private final LanguageIdentifier languages;
  private final AffectScorer affect;
  private final AnalysisCache cache;

  /**
   * An analyzer set up by {@code config}. The first analyzer in a JVM reads the lexicons and trains
   * the n-gram profiles (a few hundred milliseconds); later ones reuse them.
   */
  public LocalAnalyzer(AnalyzerConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.lexicon = LexiconLoader.load(config.topics());
    this.languages = new LanguageIdentifier(lexicon.ngrams());
    this.affect = new AffectScorer(lexicon);
    this.cache = config.cacheSize() > 0 ? new AnalysisCache(config.cacheSize()) : null;
  }

  /** An analyzer with {@link AnalyzerConfig#defaults()}. */
  public static LocalAnalyzer withDefaults() {
    return new LocalAnalyzer(AnalyzerConfig.defaults());
  }

  /** The configuration this analyzer was built with. */
  public AnalyzerConfig config() {
    return config;
  }

  /** How many analyses the cache holds now (0 when it is disabled); never above the cache size. */
  public int cachedCount() {
    return cache == null ? 0 : cache.size();
  }

  @Override
  public Analysis analyze(String text) {
    if (text == null || isBlank(text)) {
      return Analysis.EMPTY;
    }
    if (cache == null || text.length() > MAX_CACHED_LENGTH) {
      return compute(text);
    }
    Analysis cached = cache.get(text);
    if (cached != null) {
      return cached;
    }
    Analysis analysis = compute(text);
    cache.put(text, analysis);
    return analysis;
  }

  /** Blank in the Unicode sense: also no-break and other space separators. */
  private static boolean isBlank(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
        return false;
      }
    }
    return true;
  }

  private Analysis compute(String text) {
    Tokens tokens = Tokenizer.tokenize(text);
    boolean[] topicHits = new boolean[lexicon.topicCount()];
    lexicon.annotate(tokens, topicHits);
    AffectScorer.Affect mood = affect.score(tokens);
    return new Analysis(
        languages.identify(tokens),
        mood.sentiment(),
        mood.emotion(),
        KeywordExtractor.keywords(tokens, config.keywordCount()),
        topics(topicHits),
        Features.of(tokens));
  }

  private Set<String> topics(boolean[] hits) {
    int count = 0;
    for (boolean hit : hits) {
      count += hit ? 1 : 0;
    }
    if (count == 0) {
      return Set.of();
    }
    String[] names = new String[count];
    for (int id = 0, k = 0; id < hits.length; id++) {
      if (hits[id]) {
        names[k++] = lexicon.topicName(id);
      }
    }
    return Set.of(names);
  }
}
