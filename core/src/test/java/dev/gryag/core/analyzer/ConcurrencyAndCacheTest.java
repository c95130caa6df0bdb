package dev.gryag.core.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ConcurrencyAndCacheTest {

  private static List<String> texts() {
    List<String> texts = new ArrayList<>();
    Evaluation.load("eval.tsv").forEach(sample -> texts.add(sample.text()));
    return texts;
  }

  @Test
  void manyThreadsGetWhatOneThreadGets() throws Exception {
    List<String> texts = texts();
    LocalAnalyzer reference = new LocalAnalyzer(AnalyzerConfig.defaults().withCacheSize(0));
    List<Analysis> expected = texts.stream().map(reference::analyze).toList();
    LocalAnalyzer shared = new LocalAnalyzer(AnalyzerConfig.defaults().withCacheSize(200));
    int threads = 16;
    CountDownLatch start = new CountDownLatch(1);
    List<Future<List<String>>> results = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
      for (int t = 0; t < threads; t++) {
        int offset = t * 37;
        results.add(
            pool.submit(() -> {
              start.await();
              List<String> mismatches = new ArrayList<>();
              for (int round = 0; round < 3; round++) {
                for (int k = 0; k < texts.size(); k++) {
                  int i = (k + offset) % texts.size(); // threads walk the texts out of step
                  Analysis same = shared.analyze(texts.get(0)); // every thread, the same text
                  Analysis own = shared.analyze(texts.get(i));
                  if (!same.equals(expected.get(0))) {
                    mismatches.add(texts.get(0));
                  }
                  if (!own.equals(expected.get(i))) {
                    mismatches.add(texts.get(i));
                  }
                }
              }
              return mismatches;
            }));
      }
      start.countDown();
      for (Future<List<String>> result : results) {
        assertThat(result.get()).isEmpty();
      }
    }
    assertThat(shared.cachedCount()).isLessThanOrEqualTo(200);
  }

  @Test
  void theCacheNeverHoldsMoreThanItsSizeUnderContention() throws Exception {
    LocalAnalyzer analyzer = new LocalAnalyzer(AnalyzerConfig.defaults().withCacheSize(50));
    int[] maxSeen = new int[1];
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int t = 0; t < 32; t++) {
        int thread = t;
        pool.submit(() -> {
          for (int i = 0; i < 500; i++) {
            analyzer.analyze("повідомлення номер " + thread + "-" + i);
            int cached = analyzer.cachedCount();
            synchronized (maxSeen) {
              maxSeen[0] = Math.max(maxSeen[0], cached);
            }
          }
        });
      }
    }
    assertThat(maxSeen[0]).isLessThanOrEqualTo(50);
    assertThat(analyzer.cachedCount()).isBetween(1, 50);
  }

  @Test
  void aRepeatedTextIsServedFromTheCache() {
    LocalAnalyzer cached = LocalAnalyzer.withDefaults();
    String text = "Привіт, як справи?";

    Analysis first = cached.analyze(text);

    assertThat(cached.analyze(new String(text.toCharArray()))).isSameAs(first);
    assertThat(cached.cachedCount()).isEqualTo(1);
  }

  @Test
  void leastRecentlyUsedTextsLeaveFirst() {
    LocalAnalyzer analyzer = new LocalAnalyzer(AnalyzerConfig.defaults().withCacheSize(3));
    Analysis a = analyzer.analyze("перше");
    analyzer.analyze("друге");
    analyzer.analyze("третє");
    analyzer.analyze("перше"); // touched: "друге" is now the eldest
    analyzer.analyze("четверте");

    assertThat(analyzer.cachedCount()).isEqualTo(3);
    assertThat(analyzer.analyze("перше")).isSameAs(a);
  }

  @Test
  void aZeroSizeCacheCachesNothingAndHugeTextsAreNeverCached() {
    LocalAnalyzer uncached = new LocalAnalyzer(AnalyzerConfig.defaults().withCacheSize(0));
    uncached.analyze("текст");
    assertThat(uncached.cachedCount()).isZero();

    LocalAnalyzer cached = LocalAnalyzer.withDefaults();
    cached.analyze("слово ".repeat(1_000));
    assertThat(cached.cachedCount()).isZero();
  }

  @Test
  void theSameTextGivesEqualAnalysesFromDifferentAnalyzers() {
    ConcurrentHashMap<String, Analysis> seen = new ConcurrentHashMap<>();
    for (int i = 0; i < 3; i++) {
      LocalAnalyzer analyzer = new LocalAnalyzer(AnalyzerConfig.defaults());
      for (String text : texts().subList(0, 100)) {
        Analysis analysis = analyzer.analyze(text);
        Analysis earlier = seen.putIfAbsent(text, analysis);
        if (earlier != null) {
          assertThat(analysis).isEqualTo(earlier);
        }
      }
    }
  }
}
