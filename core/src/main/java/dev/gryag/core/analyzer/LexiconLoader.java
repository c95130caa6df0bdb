package dev.gryag.core.analyzer;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds a {@link Lexicon} from the analyzer's UTF-8 resources (read once per JVM) and the
 * configured topic lexicons. Every malformed line fails with the file and line number.
 */
final class LexiconLoader {

  /**
   * English first, so that transliterated Ukrainian and Russian never take over an English word.
   */
  private static final List<String> LANGUAGES = List.of("en", "uk", "ru");

  private LexiconLoader() {}

  /** The lexicon with these topics; the built-in lexicon for the default topics is cached. */
  static Lexicon load(List<TopicLexicon> topics) {
    if (topics.equals(List.of(TopicLexicon.builtIn()))) {
      return Defaults.LEXICON;
    }
    return build(topics);
  }

  private static Lexicon build(List<TopicLexicon> topics) {
    LexiconBuilder builder = new LexiconBuilder();
    for (String language : LANGUAGES) {
      wordLists(builder, language, bit(language));
      affect(builder, language, bit(language));
    }
    lines("translit-uk").forEach(l -> l.words().forEach(w -> builder.listed(w, WordInfo.UK)));
    lines("translit-ru").forEach(l -> l.words().forEach(w -> builder.listed(w, WordInfo.RU)));
    lines("other-languages")
        .forEach(l -> l.values().forEach(w -> builder.listed(w, WordInfo.OTHER)));
    lines("contrast").forEach(l -> l.words().forEach(builder::contrast));
    for (LexiconLine line : lines("sentiment-emoji")) {
      float weight = line.numericKey(-3f, 3f);
      line.values().forEach(e -> builder.emojiSentiment(e, weight));
    }
    for (LexiconLine line : lines("emotion-emoji")) {
      Emotion emotion = emotion(line);
      line.values().forEach(e -> builder.emojiEmotion(e, emotion));
    }
    for (TopicLexicon lexicon : topics) {
      lexicon.topics().entrySet().stream()
          .sorted(Map.Entry.comparingByKey())
          .forEach(t -> t.getValue().forEach(w -> builder.topic(t.getKey(), w, lexicon.name())));
    }
    return builder.build(Defaults.NGRAMS);
  }

  private static void wordLists(LexiconBuilder builder, String language, int bit) {
    lines("stopwords-" + language)
        .forEach(l -> l.words().forEach(w -> builder.listed(w, bit).stopword = true));
    lines("common-" + language).forEach(l -> l.words().forEach(w -> builder.listed(w, bit)));
    lines("questions-" + language)
        .forEach(l -> l.words().forEach(w -> builder.listed(w, bit).question = true));
    lines("negators-" + language)
        .forEach(l -> l.words().forEach(w -> builder.listed(w, bit).negator = true));
    for (LexiconLine line : lines("intensifiers-" + language)) {
      float factor = line.numericKey(0.1f, 3f);
      line.values().forEach(w -> builder.listed(w, bit).intensifier = factor);
    }
  }

  private static void affect(LexiconBuilder builder, String language, int bit) {
    for (LexiconLine line : lines("sentiment-" + language)) {
      float weight = line.numericKey(-3f, 3f);
      line.values().forEach(w -> builder.sentiment(w, bit, weight));
    }
    for (LexiconLine line : lines("emotion-" + language)) {
      Emotion emotion = emotion(line);
      line.values().forEach(w -> builder.emotion(w, bit, emotion));
    }
    for (LexiconLine line : lines("profanity-" + language)) {
      line.words().forEach(w -> builder.profanity(w, line.source() + " line " + line.number()));
    }
  }

  private static Emotion emotion(LexiconLine line) {
    String key = line.key();
    for (Emotion emotion : Emotion.values()) {
      if (emotion != Emotion.NEUTRAL && emotion.name().equals(key.toUpperCase(Locale.ROOT))) {
        return emotion;
      }
    }
    throw line.error(
        "unknown emotion '" + key + "' (expected joy, sadness, anger, fear, surprise or disgust)");
  }

  private static int bit(String language) {
    return switch (language) {
      case "uk" -> WordInfo.UK;
      case "ru" -> WordInfo.RU;
      default -> WordInfo.EN;
    };
  }

  /** The lines of a resource next to this class, read once per JVM. */
  static List<LexiconLine> lines(String name) {
    return Defaults.LINES.computeIfAbsent(name, n -> LexiconLine.ofResource(n + ".txt"));
  }

  /** The resources, read once, and what is built from them alone. */
  private static final class Defaults {
    static final Map<String, List<LexiconLine>> LINES = new ConcurrentHashMap<>();
    static final NgramModel NGRAMS = NgramTraining.train();
    static final Lexicon LEXICON = build(List.of(TopicLexicon.builtIn()));
  }
}
