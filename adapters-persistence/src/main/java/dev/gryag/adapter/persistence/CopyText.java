package dev.gryag.adapter.persistence;

import dev.gryag.core.model.ChatMessage;
import java.time.Instant;
import java.util.List;

/**
 * Writes messages as rows of PostgreSQL's {@code COPY} text format, in the column order of {@link
 * MessageImport}: tab-separated, {@code \N} for null, backslash escapes for backslash, tab, newline
 * and carriage return. Values go through {@link MessageRows}, as single appends do.
 */
final class CopyText {

  private CopyText() {}

  static String rows(List<ChatMessage> messages) {
    StringBuilder out = new StringBuilder(messages.size() * 160);
    for (ChatMessage message : messages) {
      row(out, message);
    }
    return out.toString();
  }

  private static void row(StringBuilder out, ChatMessage message) {
    out.append(message.chatId().value()).append('\t');
    out.append(message.messageId()).append('\t');
    nullable(out, message.threadId()).append('\t');
    out.append(message.author().id().value()).append('\t');
    nullable(out, message.replyToMessageId()).append('\t');
    nullable(out, MessageRows.micros(message.sentAt())).append('\t');
    nullable(out, MessageRows.micros(message.editedAt())).append('\t');
    out.append(message.forwarded() ? 't' : 'f').append('\t');
    out.append('f').append('\t'); // a new row is never important
    out.append(message.author().kind().name()).append('\t');
    out.append(message.role().name()).append('\t');
    out.append(message.media().name()).append('\t');
    text(out, message.author().displayName()).append('\t');
    text(out, message.author().username()).append('\t');
    text(out, message.text()).append('\t');
    text(out, EntitiesJson.write(message.entities())).append('\n');
  }

  private static StringBuilder nullable(StringBuilder out, Object value) {
    return value == null ? out.append("\\N") : out.append(value);
  }

  private static StringBuilder nullable(StringBuilder out, Instant value) {
    return value == null ? out.append("\\N") : out.append(value.toString());
  }

  private static StringBuilder text(StringBuilder out, String value) {
    if (value == null) {
      return out.append("\\N");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\u0000' -> out.append('\uFFFD');
        default -> out.append(c);
      }
    }
    return out;
  }
}
