package dev.gryag.adapter.persistence;

import dev.gryag.core.model.Author;
import dev.gryag.core.model.AuthorKind;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.MediaKind;
import dev.gryag.core.model.MessageRef;
import dev.gryag.core.model.Role;
import dev.gryag.core.model.TextEntity;
import dev.gryag.core.model.UserId;
import java.time.Instant;
import java.util.List;

/** Small factories of messages for the persistence tests. */
final class TestMessages {

  static final long CHAT = -1001234567890L;
  static final Instant T0 = Instant.parse("2025-03-01T12:00:00Z");
  static final Author ALICE = Author.person(101, "Аліса", "alice_ua");
  static final Author BOT = Author.bot(900, "Гряг", "gryag_bot");
  static final ChatId CHAT_ID = ChatId.of(CHAT);

  private TestMessages() {}

  static ChatMessage text(long id, String text) {
    return ChatMessage.text(MessageRef.of(CHAT, id), ALICE, T0.plusSeconds(id), text);
  }

  static ChatMessage text(long chat, long id, String text) {
    return ChatMessage.text(MessageRef.of(chat, id), ALICE, T0.plusSeconds(id), text);
  }

  /** A message using every field: topic, edit, reply, media, entities, forward, a bot author. */
  static ChatMessage everyField(long id) {
    return new ChatMessage(
        MessageRef.of(CHAT, id),
        77L,
        BOT,
        Role.BOT,
        Instant.parse("2025-03-01T12:00:00.123456Z"),
        Instant.parse("2025-03-01T12:05:00.000001Z"),
        "@alice_ua глянь https://example.com /start@gryag_bot",
        MediaKind.PHOTO,
        id - 1,
        List.of(
            TextEntity.of(TextEntity.Type.MENTION, 0, 9),
            new TextEntity(TextEntity.Type.TEXT_LINK, 16, 19, "https://example.com", null),
            new TextEntity(TextEntity.Type.TEXT_MENTION, 0, 9, null, UserId.of(101)),
            TextEntity.of(TextEntity.Type.BOT_COMMAND, 36, 16)),
        true);
  }

  /** A message sent by an anonymous admin: the group speaks as itself, without a username. */
  static ChatMessage fromTheChatItself(long id) {
    Author group = new Author(UserId.of(CHAT), "Гурток", null, AuthorKind.CHAT);
    return ChatMessage.text(MessageRef.of(CHAT, id), group, T0, "");
  }
}
