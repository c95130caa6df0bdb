package dev.gryag.core.analyzer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fills the tables of a {@link Lexicon}: exact folded words, stems, prefixes and emoji. What comes
 * first wins: a later list never overwrites a sentiment, an emotion or an English word.
 */
final class LexiconBuilder {

  private final WordTable exact = new WordTable();
  private final WordTable stems = new WordTable();
  private final WordTable prefixes = new WordTable();
  private final Map<String, WordInfo> emoji = new HashMap<>();
  private final Map<String, Integer> topicIds = new LinkedHashMap<>();

  /**
   * The exact entry of a word of a language's lists ({@link WordInfo#UK}, ...), marked as such; a
   * Latin-script word of a Ukrainian or Russian list counts as a transliteration.
   */
  WordInfo listed(String word, int language) {
    String folded = Words.normalize(word);
    boolean latin = isLatin(folded);
    WordInfo existing = exact.get(folded);
    if (existing != null
        && latin
        && language != WordInfo.EN
        && (existing.languages & WordInfo.EN) != 0) {
      return new WordInfo(); // a transliteration that is an English word: English keeps it
    }
    WordInfo info = existing != null ? existing : exact.getOrAdd(folded);
    info.languages |= latin ? transliterated(language) : language;
    return info;
  }

  /** Gives a word, its stem and its chat transliterations a sentiment weight. */
  void sentiment(String word, int language, float weight) {
    for (String form : forms(word, language)) {
      setSentiment(listed(form, language), weight);
      setSentiment(stem(form), weight);
    }
  }

  /** Gives a word, its stem and its chat transliterations an emotion. */
  void emotion(String word, int language, Emotion emotion) {
    for (String form : forms(word, language)) {
      setEmotion(listed(form, language), emotion.ordinal());
      setEmotion(stem(form), emotion.ordinal());
    }
  }

  /** Marks a word, or every word with a prefix when it ends in '*', as profane. */
  void profanity(String word, String where) {
    WordInfo info =
        word.endsWith("*")
            ? prefixes.getOrAdd(prefix(word, where))
            : exact.getOrAdd(Words.normalize(word));
    info.profanity = true;
  }

  void contrast(String word) {
    exact.getOrAdd(Words.normalize(word)).contrast = true;
  }

  /** Adds a word (or a prefix ending in '*') of a topic; topics of the same name share an id. */
  void topic(String topic, String word, String where) {
    int id = topicIds.computeIfAbsent(topic, k -> topicIds.size());
    if (word.endsWith("*")) {
      prefixes.getOrAdd(prefix(word, where)).addTopic(id);
    } else {
      String folded = Words.normalize(word);
      exact.getOrAdd(folded).addTopic(id);
      stem(folded).addTopic(id);
    }
  }

  void emojiSentiment(String token, float weight) {
    setSentiment(emoji.computeIfAbsent(Lexicon.emojiKey(token), k -> new WordInfo()), weight);
  }

  void emojiEmotion(String token, Emotion emotion) {
    setEmotion(
        emoji.computeIfAbsent(Lexicon.emojiKey(token), k -> new WordInfo()), emotion.ordinal());
  }

  Lexicon build(NgramModel ngrams) {
    return new Lexicon(exact, stems, prefixes, emoji, new ArrayList<>(topicIds.keySet()), ngrams);
  }

  /**
   * A Ukrainian or Russian word and its two chat transliterations (from four letters, so that short
   * forms such as "бе" -> "be" cannot clash with English).
   */
  private static List<String> forms(String word, int language) {
    String folded = Words.normalize(word);
    if (language == WordInfo.EN || folded.length() < 4 || isLatin(folded)) {
      return List.of(folded);
    }
    List<String> forms = new ArrayList<>(3);
    forms.add(folded);
    for (int variant = 0; variant < 2; variant++) {
      String latin =
          language == WordInfo.UK
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
  private WordInfo stem(String folded) {
    String stem = Stemmer.stem(folded);
    return stem.length() >= Stemmer.MIN_STEM_LOOKUP ? stems.getOrAdd(stem) : new WordInfo();
  }

  private static String prefix(String word, String where) {
    String prefix = Words.normalize(word.substring(0, word.length() - 1));
    if (prefix.length() < 2) {
      throw new IllegalArgumentException(
          where + ": the prefix '" + word + "' is too short (two letters at least before *)");
    }
    return prefix;
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

  private static int transliterated(int language) {
    return switch (language) {
      case WordInfo.UK -> WordInfo.TRANSLIT_UK;
      case WordInfo.RU -> WordInfo.TRANSLIT_RU;
      default -> language;
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
}
