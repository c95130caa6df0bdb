package dev.gryag.core.context;

import dev.gryag.core.llm.DataFence;
import dev.gryag.core.llm.Turn;
import dev.gryag.core.model.Author;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.MediaKind;
import dev.gryag.core.model.Role;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * How every part of the prompt reads: the header, the turns, the notes on members and the
 * summaries, and what each turn costs. Everything members wrote (messages, names, the chat's title,
 * notes, summaries) goes in through {@link DataFence} and the header tells the model so; rendering
 * lives here and nowhere else, so the estimate always counts what is sent.
 */
final class PromptTurns {

  /** Tokens a turn costs besides its text and name: role markers and separators. */
  static final int TURN_OVERHEAD = 4;

  /** The chat's title is cut to this many characters in the header. */
  private static final int TITLE_CHARS = 64;

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

  static Turn turn(ChatMessage message) {
    return turn(message, content(message));
  }

  /** The bot's own turns as it wrote them; members' turns fenced and named by their author. */
  static Turn turn(ChatMessage message, String content) {
    if (message.role() == Role.BOT) {
      return Turn.model(content);
    }
    String author = message.author().name();
    return Turn.user(author, DataFence.quote(content, DataFence.attribute("from", author)));
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
