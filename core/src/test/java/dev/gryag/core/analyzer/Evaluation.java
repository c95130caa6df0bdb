package dev.gryag.core.analyzer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Runs a {@link TextAnalyzer} over a labelled TSV (text, language, sentiment, emotion) and computes
 * the quality figures docs/analyzer.md reports. A language label {@code uk+en} means a mixed
 * message whose main language is uk and whose second is en.
 */
final class Evaluation {

  /** One labelled message. */
  record Sample(String text, String language, String secondary, String sentiment, String emotion) {
    int words() {
      int words = 0;
      for (String part : text.trim().split("\\s+")) {
        if (part.codePoints().anyMatch(Character::isLetter)) {
          words++;
        }
      }
      return words;
    }

    boolean latinTransliteration() {
      return (language.equals("uk") || language.equals("ru"))
          && text.codePoints()
              .noneMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.CYRILLIC);
    }
  }

  /** A prediction next to its sample. */
  record Result(Sample sample, Analysis analysis) {
    String language() {
      return analysis.language().language().code();
    }

    boolean languageRight() {
      return language().equals(sample.language());
    }
  }

  static final List<String> SENTIMENTS = List.of("negative", "neutral", "positive");
  static final List<String> EMOTIONS =
      List.of("joy", "sadness", "anger", "fear", "surprise", "disgust", "neutral");
  static final List<String> LANGUAGES = List.of("uk", "ru", "en", "other", "unknown");

  private final List<Result> results = new ArrayList<>();

  Evaluation(TextAnalyzer analyzer, List<Sample> samples) {
    for (Sample sample : samples) {
      results.add(new Result(sample, analyzer.analyze(sample.text())));
    }
  }

  static List<Sample> load(String resource) {
    try (InputStream in = Evaluation.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      List<Sample> samples = new ArrayList<>();
      int number = 0;
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length != 4) {
          throw new IllegalStateException(resource + " line " + number + ": expected 4 columns");
        }
        String[] languages = f[1].split("\\+");
        String secondary = languages.length > 1 ? languages[1] : "unknown";
        if (!LANGUAGES.contains(languages[0])
            || !SENTIMENTS.contains(f[2])
            || !EMOTIONS.contains(f[3])) {
          throw new IllegalStateException(resource + " line " + number + ": bad label in " + line);
        }
        samples.add(new Sample(f[0], languages[0], secondary, f[2], f[3]));
      }
      return samples;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  List<Result> results() {
    return results;
  }

  double languageAccuracy(int minWords, int maxWords) {
    return accuracy(r -> r.sample.words() >= minWords && r.sample.words() <= maxWords);
  }

  int count(int minWords, int maxWords) {
    return (int)
        results.stream()
            .filter(r -> r.sample.words() >= minWords && r.sample.words() <= maxWords)
            .count();
  }

  double transliterationAccuracy() {
    return accuracy(r -> r.sample.latinTransliteration());
  }

  private double accuracy(java.util.function.Predicate<Result> which) {
    List<Result> chosen = results.stream().filter(which).toList();
    return chosen.stream().filter(Result::languageRight).count() / (double) chosen.size();
  }

  /** Share of the mixed samples that were flagged mixed with the right second language. */
  double mixedRecall() {
    List<Result> mixed =
        results.stream().filter(r -> !r.sample.secondary().equals("unknown")).toList();
    return mixed.stream()
            .filter(r ->
                r.analysis.language().mixed()
                    && r.analysis.language().secondary().code().equals(r.sample.secondary()))
            .count()
        / (double) mixed.size();
  }

  /** Share of the single-language samples wrongly flagged mixed. */
  double falseMixedRate() {
    List<Result> single =
        results.stream().filter(r -> r.sample.secondary().equals("unknown")).toList();
    return single.stream().filter(r -> r.analysis.language().mixed()).count()
        / (double) single.size();
  }

  double sentimentAccuracy() {
    return results.stream().filter(r -> sentiment(r).equals(r.sample.sentiment())).count()
        / (double) results.size();
  }

  double sentimentMacroF1() {
    return macroF1(SENTIMENTS, r -> r.sample.sentiment(), Evaluation::sentiment);
  }

  double emotionAccuracy() {
    return results.stream().filter(r -> emotion(r).equals(r.sample.emotion())).count()
        / (double) results.size();
  }

  double emotionMacroF1() {
    return macroF1(EMOTIONS, r -> r.sample.emotion(), Evaluation::emotion);
  }

  static String sentiment(Result r) {
    return r.analysis.sentiment().label().name().toLowerCase(Locale.ROOT);
  }

  static String emotion(Result r) {
    return r.analysis.emotion().name().toLowerCase(Locale.ROOT);
  }

  private double macroF1(
      List<String> labels, Function<Result, String> truth, Function<Result, String> predicted) {
    double sum = 0;
    for (String label : labels) {
      long tp =
          results.stream()
              .filter(r -> truth.apply(r).equals(label) && predicted.apply(r).equals(label))
              .count();
      long fp =
          results.stream()
              .filter(r -> !truth.apply(r).equals(label) && predicted.apply(r).equals(label))
              .count();
      long fn =
          results.stream()
              .filter(r -> truth.apply(r).equals(label) && !predicted.apply(r).equals(label))
              .count();
      double precision = tp + fp == 0 ? 0 : tp / (double) (tp + fp);
      double recall = tp + fn == 0 ? 0 : tp / (double) (tp + fn);
      sum += precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
    return sum / labels.size();
  }

  /** A confusion matrix, rows = truth, columns = prediction. */
  String confusion(
      List<String> labels, Function<Result, String> truth, Function<Result, String> predicted) {
    StringBuilder out = new StringBuilder(String.format("%-10s", "truth\\got"));
    labels.forEach(l -> out.append(String.format("%9s", l)));
    out.append('\n');
    for (String row : labels) {
      out.append(String.format("%-10s", row));
      for (String column : labels) {
        long n =
            results.stream()
                .filter(r -> truth.apply(r).equals(row) && predicted.apply(r).equals(column))
                .count();
        out.append(String.format("%9d", n));
      }
      out.append('\n');
    }
    return out.toString();
  }

  /** The figures as docs/analyzer.md shows them. */
  String report(String name) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "== %s: %d messages ==%n", name, results.size()));
    out.append(
        String.format(
            Locale.ROOT,
            "language accuracy, all:        %.3f%n",
            languageAccuracy(0, Integer.MAX_VALUE)));
    out.append(
        String.format(
            Locale.ROOT,
            "language accuracy, 1-3 words:  %.3f (%d messages)%n",
            languageAccuracy(1, 3),
            count(1, 3)));
    out.append(
        String.format(
            Locale.ROOT,
            "language accuracy, >=4 words:  %.3f (%d messages)%n",
            languageAccuracy(4, Integer.MAX_VALUE),
            count(4, Integer.MAX_VALUE)));
    out.append(
        String.format(
            Locale.ROOT, "transliteration accuracy:      %.3f%n", transliterationAccuracy()));
    out.append(
        String.format(
            Locale.ROOT,
            "mixed: recall %.3f, false-mixed rate %.3f%n",
            mixedRecall(),
            falseMixedRate()));
    out.append(
        String.format(
            Locale.ROOT,
            "sentiment accuracy %.3f, macro-F1 %.3f%n",
            sentimentAccuracy(),
            sentimentMacroF1()));
    out.append(
        String.format(
            Locale.ROOT,
            "emotion accuracy %.3f, macro-F1 %.3f%n",
            emotionAccuracy(),
            emotionMacroF1()));
    out.append("language confusion:\n")
        .append(confusion(LANGUAGES, r -> r.sample.language(), Result::language));
    out.append("sentiment confusion:\n")
        .append(confusion(SENTIMENTS, r -> r.sample.sentiment(), Evaluation::sentiment));
    out.append("emotion confusion:\n")
        .append(confusion(EMOTIONS, r -> r.sample.emotion(), Evaluation::emotion));
    return out.toString();
  }
}
