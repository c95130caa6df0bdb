package dev.gryag.core.context;

import dev.gryag.core.llm.Turn;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.MediaKind;
import dev.gryag.core.model.Role;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** How stored messages (and summaries) read in the prompt, and what each turn costs. */
final class PromptTurns {

  /** Tokens a turn costs besides its text and name: role markers and separators. */
  static final int TURN_OVERHEAD = 4;

  /** The chat's title is cut to this many characters in the header. */
  private static final int TITLE_CHARS = 64;

  private PromptTurns() {}

  /** The persona and a line naming the chat and the time of the trigger. */
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
    String title = name.isEmpty() ? "" : " \"" + name + "\"";
    return request.persona()
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

  static Turn turn(ChatMessage message, String content) {
    return message.role() == Role.BOT
        ? Turn.model(content)
        : Turn.user(message.author().name(), content);
  }

  /** The text a turn shows: media as a bracketed word, forwards marked. */
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

  /** "\n(2025-03-01 – 2025-03-07) text": a summary's period in UTC days, then its text. */
  static String summaryLine(ChatSummary summary) {
    LocalDate from = LocalDate.ofInstant(summary.from(), ZoneOffset.UTC);
    LocalDate to = LocalDate.ofInstant(summary.to(), ZoneOffset.UTC);
    String period = from.equals(to) ? from.toString() : from + " – " + to;
    return "\n(" + period + ") " + summary.text().strip();
  }
}
