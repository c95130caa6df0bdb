package dev.gryag.app.cli.imports;

import dev.gryag.core.analytics.ChatHeader;
import dev.gryag.core.analytics.HistoryMessage;
import dev.gryag.core.analytics.Sender;
import dev.gryag.core.model.Author;
import dev.gryag.core.model.AuthorKind;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.MessageRef;
import dev.gryag.core.model.Role;
import dev.gryag.core.model.UserId;
import java.util.Optional;

/**
 * Maps a Telegram Desktop export's ids to the Bot API's: a supergroup's or channel's id N is chat
 * {@code -100N}, a basic group's {@code -N}, a personal chat's the other member's id; sender {@code
 * user123} is user 123, {@code channel5} the sender chat {@code -1005}, {@code chat7} the sender
 * chat {@code -7}.
 */
final class ExportMapping {

  private static final long SUPERGROUP_OFFSET = 1_000_000_000_000L;

  private ExportMapping() {}

  /** The Bot API id of an export's chat, or empty when its type or id cannot be mapped. */
  static Optional<ChatId> chatId(ChatHeader chat) {
    if (chat.id() <= 0) {
      return Optional.empty();
    }
    long id = chat.id();
    return switch (chat.type()) {
      case "public_supergroup", "private_supergroup", "public_channel", "private_channel" ->
          Optional.of(ChatId.of(-(SUPERGROUP_OFFSET + id)));
      case "private_group" -> Optional.of(ChatId.of(-id));
      case "personal_chat", "bot_chat", "saved_messages" -> Optional.of(ChatId.of(id));
      default -> Optional.empty();
    };
  }

  /** The author of a message, or empty when the export does not give a numeric sender id. */
  static Optional<Author> author(Sender sender) {
    String key = sender.key();
    if (key.startsWith("user")) {
      return number(key, 4)
          .map(id -> new Author(UserId.of(id), sender.name(), null, AuthorKind.PERSON));
    }
    if (key.startsWith("channel")) {
      return number(key, 7)
          .map(id ->
              new Author(
                  UserId.of(-(SUPERGROUP_OFFSET + id)), sender.name(), null, AuthorKind.CHAT));
    }
    if (key.startsWith("chat")) {
      return number(key, 4)
          .map(id -> new Author(UserId.of(-id), sender.name(), null, AuthorKind.CHAT));
    }
    return Optional.empty();
  }

  /** The stored form of an export message whose author is known. */
  static ChatMessage message(ChatId chat, HistoryMessage m, Author author) {
    Long replyTo = m.repliesInChat() && m.replyToId() > 0 ? m.replyToId() : null;
    return new ChatMessage(
        new MessageRef(chat, m.id()),
        null,
        author,
        Role.USER,
        m.sentAt(),
        m.editedAt(),
        m.text(),
        m.media(),
        replyTo,
        m.entities(),
        m.forwarded());
  }

  private static Optional<Long> number(String key, int prefix) {
    String digits = key.substring(prefix);
    if (digits.isEmpty() || digits.length() > 15 || !digits.chars().allMatch(Character::isDigit)) {
      return Optional.empty();
    }
    long id = Long.parseLong(digits);
    return id > 0 ? Optional.of(id) : Optional.empty();
  }
}
