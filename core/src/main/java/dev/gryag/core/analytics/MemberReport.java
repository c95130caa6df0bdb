package dev.gryag.core.analytics;

import dev.gryag.core.analyzer.Language;
import dev.gryag.core.model.MediaKind;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * What one member did in the analysed history.
 *
 * @param sender who
 * @param messages messages posted (service events not counted)
 * @param textMessages messages with text or a caption
 * @param words words written
 * @param characters characters written (grapheme clusters)
 * @param media media attached, by kind, kinds never used left out
 * @param voiceSeconds total length of their voice messages
 * @param links links posted
 * @param edits messages edited after sending
 * @param forwards messages forwarded from elsewhere
 * @param questions messages that ask something
 * @param repliesSent messages that reply to another message
 * @param repliesReceived replies other messages made to theirs
 * @param typicalResponse median time between a message of someone else and their reply to it, or
 *     null when they never replied to anyone else
 * @param sentiment how their messages read
 * @param languages their text messages by language, languages never used left out
 * @param topWords their most used words (stopwords removed)
 * @param topEmoji their most used emoji
 * @param firstMessage when they first posted
 * @param lastMessage when they last posted
 * @param activeDays on how many calendar days (in the report's time zone) they posted
 */
public record MemberReport(
    Sender sender,
    long messages,
    long textMessages,
    long words,
    long characters,
    Map<MediaKind, Long> media,
    long voiceSeconds,
    long links,
    long edits,
    long forwards,
    long questions,
    long repliesSent,
    long repliesReceived,
    Duration typicalResponse,
    SentimentSummary sentiment,
    Map<Language, Long> languages,
    TopList topWords,
    TopList topEmoji,
    Instant firstMessage,
    Instant lastMessage,
    long activeDays) {

  public MemberReport {
    Objects.requireNonNull(sender, "sender");
    Objects.requireNonNull(sentiment, "sentiment");
    Objects.requireNonNull(topWords, "topWords");
    Objects.requireNonNull(topEmoji, "topEmoji");
    media = Copies.enumMap(MediaKind.class, media);
    languages = Copies.enumMap(Language.class, languages);
  }

  /** Stickers sent. */
  public long stickers() {
    return media.getOrDefault(MediaKind.STICKER, 0L);
  }

  /** Media of any kind sent. */
  public long mediaTotal() {
    return media.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Mean characters per text message; 0 without any. */
  public double averageLength() {
    return textMessages == 0 ? 0 : (double) characters / textMessages;
  }
}
