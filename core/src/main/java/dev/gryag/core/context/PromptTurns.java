package dev.gryag.core.context;

import dev.gryag.core.llm.DataFence;
import dev.gryag.core.llm.Turn;
import dev.gryag.core.model.Author;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.MediaKind;
import dev.gryag.core.model.Role;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * How every part of the prompt reads: the header, the dated turns, the notes on members and the
 * summaries, and what each turn costs. Everything members wrote (messages, names, the chat's title,
 * notes, summaries) goes in through {@link DataFence} and the header tells the model so; rendering
 * lives here and nowhere else, so the estimate always counts what is sent.
 */
final class PromptTurns {

  /** Tokens a turn costs besides its text and name: role markers and separators. */
  static final int TURN_OVERHEAD = 4;

  /** The chat's title is cut to this many characters in the header. */
  private static final int TITLE_CHARS = 64;

  private static final String OLDER_END =
      "[Above: older messages found in this chat's history. Below: the recent conversation.]";

  private static final DateTimeFormatter DAY_AND_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.ROOT);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

  private PromptTurns() {}

  /**
   * The persona (the operator's or a chat admin's instruction, so not fenced), the note that fenced
   * text is data, and a line naming the chat and the time of the trigger.
   */
  static String header(ContextRequest request) {
    String name =
        request
            .chat()
            .title()
            .strip()
            .codePoints()
            .limit(TITLE_CHARS)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
            .toString();
    String title = name.isEmpty() ? "" : " " + DataFence.quote(name);
    return request.persona()
        + "\n\n"
        + DataFence.NOTE
        + "\n\nChat"
        + title
        + " ("
        + request.chat().kind().name().toLowerCase(Locale.ROOT)
        + "). Time: "
        + request.trigger().sentAt().truncatedTo(ChronoUnit.MINUTES)
        + " UTC.";
  }

  /** False for system events and for messages with neither text nor media. */
  static boolean usable(ChatMessage message) {
    return message.role() != Role.SYSTEM
        && !(message.text().isBlank() && message.media() == MediaKind.NONE);
  }

  /**
   * A message as a turn: the bot's own as it wrote them; members' fenced, named by their author and
   * dated in UTC, {@code <q from="Olena" at="2025-03-02 13:56">}, or {@code at="13:56"} when an
   * earlier turn of the prompt already gave the day ({@code newDay} false).
   */
  static Turn turn(ChatMessage message, String content, boolean newDay) {
    if (message.role() == Role.BOT) {
      return Turn.model(content);
    }
    String author = message.author().name();
    LocalDateTime at =
        LocalDateTime.ofInstant(message.sentAt(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
    String time = newDay ? at.format(DAY_AND_TIME) : at.format(TIME);
    return Turn.user(
        author,
        DataFence.quote(
            content, DataFence.attribute("from", author), DataFence.attribute("at", time)));
  }

  /**
   * Turns told in order and grouped by UTC day: a member's turn gives the day when the member's
   * turn before it was of another day (or there was none).
   */
  static final class Days {

    private LocalDate day;

    Turn turn(ChatMessage message, String content) {
      if (message.role() == Role.BOT) {
        return PromptTurns.turn(message, content, false);
      }
      LocalDate sent = LocalDate.ofInstant(message.sentAt(), ZoneOffset.UTC);
      boolean newDay = !sent.equals(day);
      day = sent;
      return PromptTurns.turn(message, content, newDay);
    }
  }

  /**
   * What {@code message} costs as a turn at most: with its day given, as the first turn of a day.
   */
  static int cost(ChatMessage message, String content, TokenEstimator estimator) {
    return cost(turn(message, content, true), estimator);
  }

  /** The turn between the older turns search found and the recent conversation. */
  static Turn olderEnd() {
    return Turn.user("", OLDER_END);
  }

  /** The text of a message before it is fenced: media as a bracketed word, forwards marked. */
  static String content(ChatMessage message) {
    StringBuilder text = new StringBuilder(message.text().length() + 16);
    if (message.forwarded()) {
      text.append("[forwarded] ");
    }
    if (message.media() != MediaKind.NONE) {
      text.append('[').append(message.media().name().toLowerCase(Locale.ROOT)).append("] ");
    }
    return text.append(message.text()).toString().strip();
  }

  static int cost(Turn turn, TokenEstimator estimator) {
    return estimator.estimate(turn.authorName()) + estimator.estimate(turn.text()) + TURN_OVERHEAD;
  }

  /** {@code \n<q about="Alice">note</q>}: a line of the notes on members. */
  static String noteLine(Author member, String note) {
    return "\n" + DataFence.quote(note.strip(), DataFence.attribute("about", member.name()));
  }

  /** {@code \n(2025-03-01 – 2025-03-07) <q>text</q>}: a summary's period in UTC days, its text. */
  static String summaryLine(ChatSummary summary) {
    LocalDate from = LocalDate.ofInstant(summary.from(), ZoneOffset.UTC);
    LocalDate to = LocalDate.ofInstant(summary.to(), ZoneOffset.UTC);
    String period = from.equals(to) ? from.toString() : from + " – " + to;
    return "\n(" + period + ") " + DataFence.quote(summary.text().strip());
  }
}
