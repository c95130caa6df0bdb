package dev.gryag.core.conversation;

import dev.gryag.core.analyzer.Analysis;
import dev.gryag.core.analyzer.Emotion;
import dev.gryag.core.model.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * The recent mood and pace of one chat, kept in memory: the last few messages' authors, hostility
 * and topics, when the bot last spoke, and its recent unsolicited replies. Thread-safe.
 */
final class ChatPulse {

  static final int BEATS = 32;
  static final Duration HEAT_WINDOW = Duration.ofMinutes(10);
  static final int HEAT_LOOKBACK = 10;
  static final int HOSTILE_MESSAGES = 3;
  static final int FAVOURITE_TOPIC_MENTIONS = 3;

  private final Deque<Beat> beats = new ArrayDeque<>(BEATS);
  private final Deque<Instant> unsolicited = new ArrayDeque<>();
  private Instant botSpokeAt;

  /** One member message as the pulse remembers it. */
  private record Beat(Instant at, UserId author, boolean hostile, Set<String> topics) {}

  synchronized void record(Instant at, UserId author, Analysis analysis) {
    if (beats.size() == BEATS) {
      beats.removeFirst();
    }
    beats.addLast(new Beat(at, author, hostile(analysis), analysis.topics()));
  }

  /**
   * True when at least {@value #HOSTILE_MESSAGES} of the last {@value #HEAT_LOOKBACK} messages
   * within {@link #HEAT_WINDOW} are hostile and they come from two members or more.
   */
  synchronized boolean heated(Instant now) {
    Instant since = now.minus(HEAT_WINDOW);
    Set<UserId> hostileAuthors = new HashSet<>();
    int hostile = 0;
    int seen = 0;
    var newestFirst = beats.descendingIterator();
    while (newestFirst.hasNext() && seen++ < HEAT_LOOKBACK) {
      Beat beat = newestFirst.next();
      if (beat.hostile() && !beat.at().isBefore(since)) {
        hostile++;
        hostileAuthors.add(beat.author());
      }
    }
    return hostile >= HOSTILE_MESSAGES && hostileAuthors.size() >= 2;
  }

  /** How many remembered messages arrived within {@code window} before {@code now}. */
  synchronized int messagesWithin(Instant now, Duration window) {
    Instant since = now.minus(window);
    return (int) beats.stream().filter(beat -> !beat.at().isBefore(since)).count();
  }

  /** True when one of {@code topics} came up in {@value #FAVOURITE_TOPIC_MENTIONS} messages. */
  synchronized boolean favourite(Set<String> topics) {
    for (String topic : topics) {
      long mentions = beats.stream().filter(beat -> beat.topics().contains(topic)).count();
      if (mentions >= FAVOURITE_TOPIC_MENTIONS) {
        return true;
      }
    }
    return false;
  }

  synchronized void botSpoke(Instant at) {
    if (botSpokeAt == null || at.isAfter(botSpokeAt)) {
      botSpokeAt = at;
    }
  }

  /** True when the bot spoke in the chat less than {@code silence} before {@code now}. */
  synchronized boolean botSpokeWithin(Instant now, Duration silence) {
    return botSpokeAt != null && now.isBefore(botSpokeAt.plus(silence));
  }

  synchronized void unsolicitedReply(Instant at) {
    unsolicited.addLast(at);
  }

  /** How many unsolicited replies the bot made in the hour before {@code now}. */
  synchronized int unsolicitedInLastHour(Instant now) {
    Instant hourAgo = now.minus(Duration.ofHours(1));
    while (!unsolicited.isEmpty() && !unsolicited.peekFirst().isAfter(hourAgo)) {
      unsolicited.removeFirst();
    }
    return unsolicited.size();
  }

  private static boolean hostile(Analysis analysis) {
    return analysis.sentiment().score() <= -0.5
        || analysis.emotion() == Emotion.ANGER
        || analysis.emotion() == Emotion.DISGUST;
  }
}
