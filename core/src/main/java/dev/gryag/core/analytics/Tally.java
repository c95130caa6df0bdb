package dev.gryag.core.analytics;

import dev.gryag.core.analyzer.Analysis;
import dev.gryag.core.analyzer.Language;
import dev.gryag.core.analyzer.Sentiment;
import dev.gryag.core.model.MediaKind;
import java.time.Instant;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.Map;

/** The exact counters of a set of messages: one member's, or the whole chat's. */
final class Tally {

  long messages;
  long textMessages;
  long words;
  long characters;
  long voiceSeconds;
  long links;
  long edits;
  long forwards;
  long questions;
  long reactions;
  Instant first;
  Instant last;
  private final long[] media = new long[MediaKind.values().length];
  private final long[] languages = new long[Language.values().length];
  private final BitSet days = new BitSet();
  private long scored;
  private long positive;
  private long negative;
  private double sentimentSum;

  void add(AnalysedMessage analysed, int linkCount, long epochDay) {
    HistoryMessage message = analysed.message();
    messages++;
    media[message.media().ordinal()]++;
    if (message.media() == MediaKind.VOICE) {
      voiceSeconds += message.mediaSeconds();
    }
    links += linkCount;
    edits += message.editedAt() != null ? 1 : 0;
    forwards += message.forwarded() ? 1 : 0;
    reactions += message.reactionCount();
    days.set((int) Math.max(0, Math.min(Integer.MAX_VALUE, epochDay)));
    Instant at = message.sentAt();
    first = first == null || at.isBefore(first) ? at : first;
    last = last == null || at.isAfter(last) ? at : last;
    if (analysed.hasText()) {
      addText(analysed.analysis());
    }
  }

  private void addText(Analysis analysis) {
    textMessages++;
    words += analysis.features().words();
    characters += analysis.features().characters();
    questions += analysis.features().question() ? 1 : 0;
    languages[analysis.language().language().ordinal()]++;
    Sentiment sentiment = analysis.sentiment();
    scored++;
    sentimentSum += sentiment.score();
    positive += sentiment.label() == Sentiment.Label.POSITIVE ? 1 : 0;
    negative += sentiment.label() == Sentiment.Label.NEGATIVE ? 1 : 0;
  }

  long activeDays() {
    return days.cardinality();
  }

  SentimentSummary sentiment() {
    return scored == 0
        ? SentimentSummary.NONE
        : new SentimentSummary(scored, clamp(sentimentSum / scored), positive, negative);
  }

  Map<MediaKind, Long> media() {
    Map<MediaKind, Long> byKind = new EnumMap<>(MediaKind.class);
    for (MediaKind kind : MediaKind.values()) {
      if (kind != MediaKind.NONE && media[kind.ordinal()] > 0) {
        byKind.put(kind, media[kind.ordinal()]);
      }
    }
    return byKind;
  }

  Map<Language, Long> languages() {
    Map<Language, Long> byLanguage = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      if (languages[language.ordinal()] > 0) {
        byLanguage.put(language, languages[language.ordinal()]);
      }
    }
    return byLanguage;
  }

  static double clamp(double mean) {
    return Math.max(-1, Math.min(1, mean));
  }
}
