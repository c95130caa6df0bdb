package dev.gryag.app.cli.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Typical chat messages for the analyzer benchmark: 5 to 30 consecutive words cut from Ukrainian,
 * Russian and English chat text, now and then with an emoji, a mention or a link. Deterministic for
 * a seed.
 */
final class BenchMessages {

  private static final String RESOURCE = "analyzer-messages.txt";
  private static final String[] EXTRAS = {
    " 😂",
    " 👍",
    " ❤️",
    " 🔥",
    " 😭",
    ")))",
    " 🤦‍♂️",
    " @olena_k",
    " https://t.me/gryag",
    " #новини"
  };

  private final Map<String, String[]> words;

  private BenchMessages(Map<String, String[]> words) {
    this.words = words;
  }

  /** The messages' source text, read from the jar. */
  static BenchMessages load() {
    try (InputStream in = BenchMessages.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "benchmark resource " + RESOURCE + " is missing from the jar");
      }
      Map<String, List<String>> byLanguage = new LinkedHashMap<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        int colon = line.indexOf(':');
        if (line.isBlank() || line.startsWith("#") || colon != 2) {
          continue;
        }
        byLanguage
            .computeIfAbsent(line.substring(0, 2), k -> new ArrayList<>())
            .addAll(List.of(line.substring(3).trim().split("\\s+")));
      }
      Map<String, String[]> words = new LinkedHashMap<>();
      byLanguage.forEach((language, list) -> words.put(language, list.toArray(String[]::new)));
      return new BenchMessages(words);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read benchmark resource " + RESOURCE, e);
    }
  }

  /** {@code count} messages, the languages in turn. */
  String[] generate(int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<String[]> languages = new ArrayList<>(words.values());
    String[] messages = new String[count];
    for (int i = 0; i < count; i++) {
      String[] source = languages.get(i % languages.size());
      int length = 5 + random.nextInt(26);
      int start = random.nextInt(source.length);
      StringBuilder message = new StringBuilder();
      for (int w = 0; w < length; w++) {
        message.append(w == 0 ? "" : " ").append(source[(start + w) % source.length]);
      }
      if (random.nextInt(3) == 0) {
        message.append(EXTRAS[random.nextInt(EXTRAS.length)]);
      }
      messages[i] = message.toString();
    }
    return messages;
  }

  /** The mean number of whitespace-separated words of the messages. */
  static double meanWords(String[] messages) {
    long words = 0;
    for (String message : messages) {
      words += message.split("\\s+").length;
    }
    return (double) words / messages.length;
  }
}
