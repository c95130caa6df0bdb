package dev.gryag.app.cli.bench.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Textbook Okapi BM25 over short documents, the benchmark's lexical baseline: lower-case word
 * tokens (runs of letters and digits), k1 = 1.2, b = 0.75, and the non-negative idf {@code ln(1 +
 * (N - n + 0.5) / (n + 0.5))}; each distinct query word counts once. No stemming, no stop words.
 */
final class Bm25 {

  static final double K1 = 1.2;
  static final double B = 0.75;

  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** Per word, the documents holding it and how often. */
  private final Map<String, List<int[]>> postings = new HashMap<>();

  private final int[] lengths;
  private final double averageLength;

  Bm25(List<String> documents) {
    lengths = new int[documents.size()];
    long total = 0;
    for (int d = 0; d < documents.size(); d++) {
      List<String> words = tokens(documents.get(d));
      lengths[d] = words.size();
      total += words.size();
      Map<String, Integer> counts = new HashMap<>();
      words.forEach(w -> counts.merge(w, 1, Integer::sum));
      for (Map.Entry<String, Integer> e : counts.entrySet()) {
        postings
            .computeIfAbsent(e.getKey(), k -> new ArrayList<>())
            .add(new int[] {d, e.getValue()});
      }
    }
    averageLength = documents.isEmpty() ? 0 : (double) total / documents.size();
  }

  /** The lower-case words of {@code text}. */
  static List<String> tokens(String text) {
    List<String> words = new ArrayList<>();
    for (String word : NOT_WORD.split(text.toLowerCase(Locale.ROOT))) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }

  /** The score of every document for {@code query}, by document index. */
  double[] scores(String query) {
    double[] scores = new double[lengths.length];
    Set<String> words = new LinkedHashSet<>(tokens(query));
    for (String word : words) {
      List<int[]> holding = postings.get(word);
      if (holding == null) {
        continue;
      }
      double idf = Math.log(1 + (lengths.length - holding.size() + 0.5) / (holding.size() + 0.5));
      for (int[] posting : holding) {
        double tf = posting[1];
        double norm = K1 * (1 - B + B * lengths[posting[0]] / averageLength);
        scores[posting[0]] += idf * tf * (K1 + 1) / (tf + norm);
      }
    }
    return scores;
  }

  /** The indexes of the documents that share a word with {@code query}, best first, then newest. */
  List<Integer> rank(String query) {
    double[] scores = scores(query);
    List<Integer> found = new ArrayList<>();
    for (int d = 0; d < scores.length; d++) {
      if (scores[d] > 0) {
        found.add(d);
      }
    }
    found.sort(
        Comparator.comparingDouble((Integer d) -> scores[d])
            .reversed()
            .thenComparing(Comparator.reverseOrder()));
    return found;
  }
}
