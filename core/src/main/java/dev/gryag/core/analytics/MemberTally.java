package dev.gryag.core.analytics;

import java.time.Duration;
import java.util.List;

/** What one member did so far: exact counters, bounded top lists, reply delays. */
final class MemberTally {

  final int index;
  final Tally tally = new Tally();
  long repliesSent;
  long repliesReceived;
  private Sender sender;
  private final TopCounter words;
  private final TopCounter emoji;
  private MedianEstimator responseSeconds;

  MemberTally(int index, Sender sender, int top) {
    this.index = index;
    this.sender = sender;
    this.words = new TopCounter(Math.max(256, 8 * top));
    this.emoji = new TopCounter(Math.max(64, 4 * top));
  }

  /** Keeps the latest name the archive gives the member (deleted accounts give none). */
  void seenAs(Sender latest) {
    if (latest != sender && !latest.name().isEmpty() && !latest.name().equals(sender.name())) {
      sender = latest;
    }
  }

  Sender sender() {
    return sender;
  }

  void add(AnalysedMessage analysed, int links, long epochDay, SurfaceForms forms) {
    tally.add(analysed, links, epochDay);
    List<String> keywords = analysed.analysis().keywords();
    for (int i = 0; i < keywords.size(); i++) {
      words.add(keywords.get(i), forms);
    }
    for (String each : analysed.analysis().features().emoji()) {
      emoji.add(each);
    }
  }

  void responded(double seconds) {
    if (responseSeconds == null) {
      responseSeconds = new MedianEstimator();
    }
    responseSeconds.add(seconds);
  }

  MemberReport report(int top) {
    return new MemberReport(
        sender,
        tally.messages,
        tally.textMessages,
        tally.words,
        tally.characters,
        tally.media(),
        tally.voiceSeconds,
        tally.links,
        tally.edits,
        tally.forwards,
        tally.questions,
        repliesSent,
        repliesReceived,
        responseSeconds == null ? null : seconds(responseSeconds.median()),
        tally.sentiment(),
        tally.languages(),
        words.top(top),
        emoji.top(top),
        tally.first,
        tally.last,
        tally.activeDays());
  }

  static Duration seconds(double seconds) {
    return Duration.ofMillis(Math.round(seconds * 1000));
  }
}
