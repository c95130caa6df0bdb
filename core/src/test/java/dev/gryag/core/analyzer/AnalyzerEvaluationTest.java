package dev.gryag.core.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Measures the analyzer on the labelled evaluation set and prints the figures docs/analyzer.md
 * reports. Only the language accuracy on messages of four words or more is held to a threshold, so
 * that it cannot silently regress; the other figures are printed for the record.
 */
class AnalyzerEvaluationTest {

  private final LocalAnalyzer analyzer =
      new LocalAnalyzer(AnalyzerConfig.defaults().withCacheSize(0));

  @Test
  void languageOfMessagesOfFourWordsOrMoreIsRightAtLeast97PercentOfTheTime() {
    Evaluation evaluation = new Evaluation(analyzer, Evaluation.load("eval.tsv"));
    System.out.println(evaluation.report("eval.tsv (held out)"));

    assertThat(evaluation.count(4, Integer.MAX_VALUE)).isGreaterThan(500);
    assertThat(evaluation.languageAccuracy(4, Integer.MAX_VALUE)).isGreaterThanOrEqualTo(0.97);
  }

  @Test
  void theEvaluationSetHoldsAtLeast300MessagesPerLanguage() {
    var samples = Evaluation.load("eval.tsv");
    for (String language : new String[] {"uk", "ru", "en"}) {
      assertThat(samples.stream().filter(s -> s.language().equals(language)).count())
          .as(language)
          .isGreaterThanOrEqualTo(300);
    }
    assertThat(samples).anyMatch(s -> !s.secondary().equals("unknown"));
    assertThat(samples).anyMatch(s -> s.language().equals("other"));
    assertThat(samples).anyMatch(s -> s.language().equals("unknown"));
    assertThat(samples).anyMatch(Evaluation.Sample::latinTransliteration);
  }

  @Test
  void printsTheFiguresOfTheDevelopmentSetTheConstantsWereChosenOn() {
    Evaluation evaluation = new Evaluation(analyzer, Evaluation.load("dev.tsv"));
    String report = evaluation.report("dev.tsv (tuning set)");
    System.out.println(report);

    assertThat(report).contains("language accuracy, all");
  }
}
