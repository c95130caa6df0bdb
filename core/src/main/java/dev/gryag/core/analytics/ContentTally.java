package dev.gryag.core.analytics;

import dev.gryag.core.analyzer.Analysis;
import dev.gryag.core.analyzer.Language;
import dev.gryag.core.model.MediaKind;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Words by language, emoji, stickers and reactions of the whole chat, in bounded memory. */
final class ContentTally {

  private final int top;
  private final Map<Language, TopCounter> words = new EnumMap<>(Language.class);
  private final TopCounter emoji = new TopCounter(2_000);
  private final TopCounter stickers = new TopCounter(1_000);
  private final TopCounter reactions = new TopCounter(1_000);
  private final MostReacted mostReacted;

  ContentTally(int top) {
    this.top = top;
    this.mostReacted = new MostReacted(top);
  }

  void add(AnalysedMessage analysed, Sender sender, SurfaceForms forms) {
    HistoryMessage message = analysed.message();
    Analysis analysis = analysed.analysis();
    List<String> keywords = analysis.keywords();
    if (!keywords.isEmpty()) {
      TopCounter counter =
          words.computeIfAbsent(
              analysis.language().language(),
              language -> new TopCounter(Math.max(2_000, 50 * top)));
      for (int i = 0; i < keywords.size(); i++) {
        counter.add(keywords.get(i), forms);
      }
    }
    for (String each : analysis.features().emoji()) {
      emoji.add(each);
    }
    if (message.media() == MediaKind.STICKER && message.stickerEmoji() != null) {
      stickers.add(message.stickerEmoji());
    }
    for (Reaction reaction : message.reactions()) {
      if (reaction.count() > 0) {
        reactions.add(reaction.label(), reaction.count());
      }
    }
    mostReacted.offer(message, sender);
  }

  Content report(Map<Language, Long> languages) {
    Map<Language, TopList> topWords = new EnumMap<>(Language.class);
    words.forEach((language, counter) -> topWords.put(language, counter.top(top)));
    return new Content(
        languages,
        topWords,
        emoji.top(top),
        stickers.top(top),
        reactions.top(top),
        mostReacted.report());
  }
}
