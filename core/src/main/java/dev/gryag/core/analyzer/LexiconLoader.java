package dev.gryag.core.analyzer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds a {@link Lexicon} from the analyzer's UTF-8 resources (read once per JVM) and the
 * configured topic lexicons. Every malformed line fails with the file and line number.
 */
final class LexiconLoader {

  // English first, so that transliterated Ukrainian and Russian forms never take over an English
  // word
  private static final String[] LANGUAGES = {"en", "uk", "ru"};

  private LexiconLoader() {}

  /** The lexicon with these topics; the built-in lexicon for the default topics is cached. */
  static Lexicon load(List<TopicLexicon> topics) {
    if (topics.equals(List.of(TopicLexicon.builtIn()))) {
      return Defaults.LEXICON;
    }
    return build(topics);
  }

  private static Lexicon build(List<TopicLexicon> topicLexicons) {
    WordTable exact = new WordTable();
    WordTable stems = new WordTable();
    WordTable prefixes = new WordTable();
    for (String language : LANGUAGES) {
      int bit = bit(language);
      for (LexiconLine line : lines("stopwords-" + language)) {
        line.words().forEach(w -> exact(exact, w, bit).stopword = true);
      }
      for (LexiconLine line : lines("common-" + language)) {
        line.words().forEach(w -> exact(exact, w, bit));
      }
      for (LexiconLine line : lines("questions-" + language)) {
        line.words().forEach(w -> exact(exact, w, bit).question = true);
      }
      for (LexiconLine line : lines("negators-" + language)) {
        line.words().forEach(w -> exact(exact, w, bit).negator = true);
      }
      for (LexiconLine line : lines("intensifiers-" + language)) {
        float factor = line.numericKey(0.1f, 3f);
        line.values().forEach(w -> exact(exact, w, bit).intensifier = factor);
      }
      for (LexiconLine line : lines("sentiment-" + language)) {
        float weight = line.numericKey(-3f, 3f);
        for (String w : line.values()) {
          for (String form : forms(w, bit)) {
            setSentiment(exact(exact, form, bit), weight);
            setSentiment(stem(stems, form), weight);
          }
        }
      }
      for (LexiconLine line : lines("emotion-" + language)) {
        int emotion = emotion(line).ordinal();
        for (String w : line.values()) {
          for (String form : forms(w, bit)) {
            setEmotion(exact(exact, form, bit), emotion);
            setEmotion(stem(stems, form), emotion);
          }
        }
      }
      for (LexiconLine line : lines("profanity-" + language)) {
        line.words().forEach(w -> entry(exact, prefixes, w, line).profanity = true);
      }
    }
    for (LexiconLine line : lines("translit-uk")) {
      line.words().forEach(w -> exact(exact, w, WordInfo.TRANSLIT_UK));
    }
    for (LexiconLine line : lines("translit-ru")) {
      line.words().forEach(w -> exact(exact, w, WordInfo.TRANSLIT_RU));
    }
    for (LexiconLine line : lines("other-languages")) {
      line.values().forEach(w -> exact(exact, w, WordInfo.OTHER));
    }
    for (LexiconLine line : lines("contrast")) {
      line.words().forEach(w -> exact.getOrAdd(Words.normalize(w)).contrast = true);
    }
    List<String> topicNames = addTopics(topicLexicons, exact, stems, prefixes);
    return new Lexicon(exact, stems, prefixes, emoji(), topicNames, Defaults.NGRAMS);
  }

  /**
   * A Ukrainian or Russian word and its two chat transliterations (from four letters, so that short
   * forms such as "бе" -> "be" cannot clash with English).
   */
  private static List<String> forms(String word, int bit) {
    String folded = Words.normalize(word);
    if (bit == WordInfo.EN || folded.length() < 4 || isLatin(folded)) {
      return List.of(folded);
    }
    List<String> forms = new ArrayList<>(3);
    forms.add(folded);
    for (int variant = 0; variant < 2; variant++) {
      String latin =
          bit == WordInfo.UK
              ? Transliteration.ukrainian(folded, variant)
              : Transliteration.russian(folded, variant);
      if (!forms.contains(latin)) {
        forms.add(latin);
      }
    }
    return forms;
  }

  /**
   * The stem entry of a folded word, or a throwaway entry when the stem is too short to look up.
   */
  private static WordInfo stem(WordTable stems, String folded) {
    String stem = Words.stem(folded);
    return stem.length() >= Words.MIN_STEM_LOOKUP ? stems.getOrAdd(stem) : new WordInfo();
  }

  private static List<String> addTopics(
      List<TopicLexicon> lexicons, WordTable exact, WordTable stems, WordTable prefixes) {
    Map<String, Integer> ids = new LinkedHashMap<>();
    for (TopicLexicon lexicon : lexicons) {
      lexicon.topics().entrySet().stream()
          .sorted(Map.Entry.comparingByKey())
          .forEach(topic -> {
            int id = ids.computeIfAbsent(topic.getKey(), k -> ids.size());
            for (String word : topic.getValue()) {
              if (word.endsWith("*")) {
                prefixes.getOrAdd(prefix(word, lexicon.name())).addTopic(id);
              } else {
                String folded = Words.normalize(word);
                exact.getOrAdd(folded).addTopic(id);
                stem(stems, folded).addTopic(id);
              }
            }
          });
    }
    return new ArrayList<>(ids.keySet());
  }

  private static Map<String, WordInfo> emoji() {
    Map<String, WordInfo> emoji = new HashMap<>();
    for (LexiconLine line : lines("sentiment-emoji")) {
      float weight = line.numericKey(-3f, 3f);
      line.values().forEach(e -> setSentiment(emojiEntry(emoji, e), weight));
    }
    for (LexiconLine line : lines("emotion-emoji")) {
      int emotion = emotion(line).ordinal();
      line.values().forEach(e -> setEmotion(emojiEntry(emoji, e), emotion));
    }
    return emoji;
  }

  private static WordInfo emojiEntry(Map<String, WordInfo> emoji, String token) {
    return emoji.computeIfAbsent(Lexicon.emojiKey(token), k -> new WordInfo());
  }

  /** An exact entry, or a prefix entry for a word ending in '*'. */
  private static WordInfo entry(
      WordTable exact, WordTable prefixes, String word, LexiconLine line) {
    return word.endsWith("*")
        ? prefixes.getOrAdd(prefix(word, line.source() + " line " + line.number()))
        : exact.getOrAdd(Words.normalize(word));
  }

  private static String prefix(String word, String where) {
    String prefix = Words.normalize(word.substring(0, word.length() - 1));
    if (prefix.length() < 2) {
      throw new IllegalArgumentException(
          where + ": the prefix '" + word + "' is too short (two letters at least before *)");
    }
    return prefix;
  }

  private static WordInfo exact(WordTable exact, String word, int bit) {
    String folded = Words.normalize(word);
    WordInfo existing = exact.get(folded);
    if (existing != null
        && isLatin(folded)
        && bit != WordInfo.EN
        && (existing.languages & WordInfo.EN) != 0) {
      return new WordInfo(); // a transliteration that is an English word: English keeps it
    }
    WordInfo info = existing != null ? existing : exact.getOrAdd(folded);
    info.languages |= isLatin(folded) ? translitBit(bit) : bit;
    return info;
  }

  private static void setSentiment(WordInfo info, float weight) {
    if (!info.hasSentiment()) {
      info.sentiment = weight;
    }
  }

  private static void setEmotion(WordInfo info, int emotion) {
    if (info.emotion < 0) {
      info.emotion = emotion;
    }
  }

  private static Emotion emotion(LexiconLine line) {
    String key = line.key();
    try {
      Emotion emotion = Emotion.valueOf(key.toUpperCase(Locale.ROOT));
      if (emotion != Emotion.NEUTRAL) {
        return emotion;
      }
    } catch (IllegalArgumentException e) {
      // reported below with the file and line
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

  private static int translitBit(int bit) {
    return switch (bit) {
      case WordInfo.UK -> WordInfo.TRANSLIT_UK;
      case WordInfo.RU -> WordInfo.TRANSLIT_RU;
      default -> bit;
    };
  }

  static boolean isLatin(String folded) {
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (c >= 'a' && c <= 'z') {
        return true;
      }
    }
    return false;
  }

  static List<LexiconLine> lines(String name) {
    return Defaults.LINES.computeIfAbsent(name, n -> LexiconLine.ofResource(n + ".txt"));
  }

  /** The resources, read once, and what is built from them alone. */
  private static final class Defaults {
    static final Map<String, List<LexiconLine>> LINES =
        new java.util.concurrent.ConcurrentHashMap<>();
    static final NgramModel NGRAMS = NgramTraining.train();
    static final Lexicon LEXICON = build(List.of(TopicLexicon.builtIn()));
  }
}
