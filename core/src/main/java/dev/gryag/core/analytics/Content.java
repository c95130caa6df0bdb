package dev.gryag.core.analytics;

import dev.gryag.core.analyzer.Language;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the chat talks about and how it reacts.
 *
 * @param languages text messages by language, languages never used left out
 * @param topWords the most used words of each language (stopwords removed), languages without words
 *     left out
 * @param topEmoji the most used emoji in texts
 * @param topStickers the emoji of the most sent stickers
 * @param topReactions the most given reactions, by total count
 * @param mostReacted the messages with the most reactions, most first
 */
public record Content(
    Map<Language, Long> languages,
    Map<Language, TopList> topWords,
    TopList topEmoji,
    TopList topStickers,
    TopList topReactions,
    List<ReactedMessage> mostReacted) {

  public Content {
    languages = Copies.enumMap(Language.class, languages);
    topWords = Copies.enumMap(Language.class, new EnumMap<>(topWords));
    Objects.requireNonNull(topEmoji, "topEmoji");
    Objects.requireNonNull(topStickers, "topStickers");
    Objects.requireNonNull(topReactions, "topReactions");
    mostReacted = List.copyOf(mostReacted);
  }
}
