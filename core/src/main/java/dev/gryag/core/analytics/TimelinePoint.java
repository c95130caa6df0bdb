package dev.gryag.core.analytics;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The activity of one day or one month.
 *
 * @param start the day, or the first day of the month
 * @param messages messages posted
 * @param words words written
 * @param sentiment how the messages read
 */
public record TimelinePoint(
    LocalDate start, long messages, long words, SentimentSummary sentiment) {

  public TimelinePoint {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(sentiment, "sentiment");
  }
}
