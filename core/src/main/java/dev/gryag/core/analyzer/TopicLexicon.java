package dev.gryag.core.analyzer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Topic tags and the words that signal them, in any language: a message gets a topic's tag when one
 * of its words (folded and lightly stemmed like the message) is in the topic's list. A word ending
 * in {@code *} matches every word that starts with the letters before it ({@code крипт*}).
 *
 * <p>The text format (resources and files, UTF-8) is one {@code topic: word word ...} line per
 * group; a topic may span several lines; lines starting with {@code #} are comments.
 *
 * @param name where the topics come from, used in error messages
 * @param topics topic name to its words; copied, never empty
 */
public record TopicLexicon(String name, Map<String, Set<String>> topics) {

  private static final List<String> BUILT_IN =
      List.of("topics-uk.txt", "topics-ru.txt", "topics-en.txt");

  public TopicLexicon {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(topics, "topics");
    Map<String, Set<String>> copy = new LinkedHashMap<>();
    topics.forEach((topic, words) -> {
      if (topic == null
          || topic.isBlank()
          || topic.strip().chars().anyMatch(Character::isWhitespace)) {
        throw new IllegalArgumentException(
            "topic lexicon "
                + name
                + ": a topic name must be one non-blank word, was '"
                + topic
                + "'");
      }
      Set<String> checked = new LinkedHashSet<>();
      for (String word : Objects.requireNonNull(words, "words of topic " + topic)) {
        checked.add(checkWord(name, topic, word));
      }
      if (checked.isEmpty()) {
        throw new IllegalArgumentException(
            "topic lexicon " + name + ": topic '" + topic + "' has no words");
      }
      copy.put(topic.strip(), Set.copyOf(checked));
    });
    topics = Map.copyOf(copy);
  }

  private static String checkWord(String name, String topic, String word) {
    if (word == null
        || word.isBlank()
        || word.strip().equals("*")
        || word.strip().chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException(
          "topic lexicon "
              + name
              + ": topic '"
              + topic
              + "' has an invalid word '"
              + word
              + "' (one word, optionally ending in *)");
    }
    return word.strip();
  }

  /** The topics Gryag ships: food, work, games, music, movies, sport, travel, weather, ... */
  public static TopicLexicon builtIn() {
    return BuiltIn.LEXICON;
  }

  /** Topics given as a map from topic name to its words. */
  public static TopicLexicon of(String name, Map<String, ? extends Collection<String>> topics) {
    Map<String, Set<String>> copy = new LinkedHashMap<>();
    topics.forEach((topic, words) -> copy.put(topic, new LinkedHashSet<>(words)));
    return new TopicLexicon(name, copy);
  }

  /** Topics read from a UTF-8 file in the {@code topic: words} format. */
  public static TopicLexicon fromFile(Path file) {
    try {
      return parse(file.toString(), Files.newBufferedReader(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read topic lexicon " + file, e);
    }
  }

  /** Topics read from a classpath resource (an absolute name such as {@code /my/topics.txt}). */
  public static TopicLexicon fromResource(Class<?> anchor, String resource) {
    InputStream in = anchor.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalArgumentException(
          "topic lexicon resource " + resource + " not found next to " + anchor.getName());
    }
    return parse(resource, new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  /** Topics parsed from {@code topic: words} lines; {@code name} names the source in errors. */
  public static TopicLexicon parse(String name, Reader reader) {
    return fromLines(name, LexiconLine.read(name, reader));
  }

  /** This lexicon with the topics of {@code other} added (words of a shared topic are merged). */
  public TopicLexicon plus(TopicLexicon other) {
    Map<String, Set<String>> merged = new LinkedHashMap<>();
    topics.forEach((topic, words) -> merged.put(topic, new LinkedHashSet<>(words)));
    other.topics.forEach(
        (topic, words) -> merged.computeIfAbsent(topic, t -> new LinkedHashSet<>()).addAll(words));
    return new TopicLexicon(name + "+" + other.name, merged);
  }

  private static TopicLexicon fromLines(String name, List<LexiconLine> lines) {
    Map<String, Set<String>> topics = new LinkedHashMap<>();
    for (LexiconLine line : lines) {
      String topic = line.key();
      if (topic.chars().anyMatch(Character::isWhitespace)) {
        throw line.error("a topic name must be one word, was '" + topic + "'");
      }
      topics.computeIfAbsent(topic, t -> new LinkedHashSet<>()).addAll(line.values());
    }
    if (topics.isEmpty()) {
      throw new IllegalArgumentException("topic lexicon " + name + " holds no topic");
    }
    return new TopicLexicon(name, topics);
  }

  private static final class BuiltIn {
    static final TopicLexicon LEXICON = load();

    private static TopicLexicon load() {
      TopicLexicon all = null;
      for (String resource : BUILT_IN) {
        TopicLexicon one = fromLines(resource, LexiconLine.ofResource(resource));
        all = all == null ? one : all.plus(one);
      }
      return new TopicLexicon("built-in", all.topics());
    }
  }
}
