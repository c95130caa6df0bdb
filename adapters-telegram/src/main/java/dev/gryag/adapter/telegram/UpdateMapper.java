package dev.gryag.adapter.telegram;

import dev.gryag.adapter.telegram.BotApiTypes.Entity;
import dev.gryag.adapter.telegram.BotApiTypes.Message;
import dev.gryag.core.model.Author;
import dev.gryag.core.model.AuthorKind;
import dev.gryag.core.model.Chat;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatKind;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.MediaKind;
import dev.gryag.core.model.MessageRef;
import dev.gryag.core.model.Role;
import dev.gryag.core.model.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Maps Bot API updates to {@link TelegramEvent}s; stateless apart from the bot's own id. */
final class UpdateMapper {

  private final long botId;

  UpdateMapper(long botId) {
    this.botId = botId;
  }

  /**
   * The event an update carries, or empty when it carries nothing Gryag acts on (a service message,
   * an update kind it does not handle).
   *
   * @throws IllegalArgumentException naming the field when a field Gryag needs is missing or
   *     invalid
   */
  Optional<TelegramEvent> map(BotApiTypes.Update update) {
    long id = update.updateId();
    if (update.message() != null) {
      return message(id, update.message(), false, "message");
    }
    if (update.editedMessage() != null) {
      return message(id, update.editedMessage(), true, "edited_message");
    }
    if (update.channelPost() != null) {
      return message(id, update.channelPost(), false, "channel_post");
    }
    if (update.editedChannelPost() != null) {
      return message(id, update.editedChannelPost(), true, "edited_channel_post");
    }
    if (update.myChatMember() != null) {
      return Optional.of(membership(id, update.myChatMember()));
    }
    if (update.chatMember() != null) {
      return Optional.of(memberStatus(id, update.chatMember()));
    }
    return Optional.empty();
  }

  private Optional<TelegramEvent> message(long updateId, Message m, boolean edited, String field) {
    Chat chat = chat(m.chat(), field + ".chat");
    if (m.migrateToChatId() != null) {
      return Optional.of(
          new TelegramEvent.ChatMigrated(updateId, chat.id(), ChatId.of(m.migrateToChatId())));
    }
    if (m.migrateFromChatId() != null) {
      return Optional.of(
          new TelegramEvent.ChatMigrated(updateId, ChatId.of(m.migrateFromChatId()), chat.id()));
    }
    MediaKind media = MediaKinds.of(m);
    String text = m.text() != null ? m.text() : m.caption();
    List<Entity> entities = m.text() != null ? m.entities() : m.captionEntities();
    if (text == null && media == MediaKind.NONE) {
      return Optional.empty();
    }
    if (text == null && m.sticker() != null) {
      text = m.sticker().emoji();
    }
    if (m.messageId() <= 0) {
      throw new IllegalArgumentException(
          field + ".message_id must be positive, was " + m.messageId());
    }
    Author author = author(m, chat, field);
    Long thread = Boolean.TRUE.equals(m.isTopicMessage()) ? m.messageThreadId() : null;
    ChatMessage message =
        new ChatMessage(
            new MessageRef(chat.id(), m.messageId()),
            thread,
            author,
            author.id().value() == botId ? Role.BOT : Role.USER,
            Instant.ofEpochSecond(m.date()),
            m.editDate() == null ? null : Instant.ofEpochSecond(m.editDate()),
            text,
            media,
            replyTo(m, thread),
            EntityMapper.map(entities, field),
            m.forwardOrigin() != null || m.forwardFrom() != null || m.forwardDate() != null);
    UserId repliedTo = message.replyToMessageId() == null ? null : authorId(m.replyToMessage());
    return Optional.of(new TelegramEvent.NewMessage(updateId, chat, message, edited, repliedTo));
  }

  /** Who wrote a message, when Telegram says: its sender chat, else its user; else null. */
  private static UserId authorId(Message m) {
    if (m.senderChat() != null) {
      return UserId.of(m.senderChat().id());
    }
    return m.from() == null ? null : UserId.of(m.from().id());
  }

  /**
   * A reply's target; a topic message "replies" to the topic's first message, which is no reply.
   */
  private static Long replyTo(Message m, Long thread) {
    if (m.replyToMessage() == null || m.replyToMessage().messageId() <= 0) {
      return null;
    }
    long target = m.replyToMessage().messageId();
    return thread != null && target == thread ? null : target;
  }

  private static Author author(Message m, Chat chat, String field) {
    if (m.senderChat() != null) {
      BotApiTypes.Chat sender = m.senderChat();
      return new Author(
          UserId.of(sender.id()), title(sender), username(sender.username()), AuthorKind.CHAT);
    }
    if (m.from() != null) {
      return user(m.from());
    }
    if (chat.kind() == ChatKind.CHANNEL) {
      return new Author(
          UserId.of(chat.id().value()),
          chat.title(),
          username(m.chat().username()),
          AuthorKind.CHAT);
    }
    throw new IllegalArgumentException(field + " has neither from nor sender_chat");
  }

  static Author user(BotApiTypes.User user) {
    String name = join(user.firstName(), user.lastName());
    return new Author(
        UserId.of(user.id()),
        name,
        username(user.username()),
        user.isBot() ? AuthorKind.BOT : AuthorKind.PERSON);
  }

  static Chat chat(BotApiTypes.Chat chat, String field) {
    if (chat == null) {
      throw new IllegalArgumentException(field + " is missing");
    }
    if (chat.id() == 0) {
      throw new IllegalArgumentException(field + ".id is missing");
    }
    ChatKind kind =
        switch (chat.type() == null ? "" : chat.type()) {
          case "private" -> ChatKind.PRIVATE;
          case "group" -> ChatKind.GROUP;
          case "supergroup" -> ChatKind.SUPERGROUP;
          case "channel" -> ChatKind.CHANNEL;
          default ->
              throw new IllegalArgumentException(
                  field
                      + ".type must be private, group, supergroup or channel, was '"
                      + chat.type()
                      + "'");
        };
    return new Chat(ChatId.of(chat.id()), kind, title(chat), Boolean.TRUE.equals(chat.isForum()));
  }

  private TelegramEvent membership(long updateId, BotApiTypes.ChatMemberUpdated change) {
    Chat chat = chat(change.chat(), "my_chat_member.chat");
    if (change.newChatMember() == null || change.oldChatMember() == null) {
      throw new IllegalArgumentException(
          "my_chat_member.new_chat_member and old_chat_member are required");
    }
    if (change.from() == null) {
      throw new IllegalArgumentException("my_chat_member.from is missing");
    }
    MemberStatus after = MemberStatus.parse(change.newChatMember().status());
    boolean member =
        switch (after) {
          case CREATOR, ADMINISTRATOR, MEMBER -> true;
          case RESTRICTED -> Boolean.TRUE.equals(change.newChatMember().isMember());
          case LEFT, KICKED -> false;
        };
    return new TelegramEvent.BotMembershipChanged(
        updateId,
        chat,
        MemberStatus.parse(change.oldChatMember().status()),
        after,
        member,
        user(change.from()),
        Instant.ofEpochSecond(change.date()));
  }

  private static TelegramEvent memberStatus(long updateId, BotApiTypes.ChatMemberUpdated change) {
    Chat chat = chat(change.chat(), "chat_member.chat");
    if (change.newChatMember() == null || change.oldChatMember() == null) {
      throw new IllegalArgumentException(
          "chat_member.new_chat_member and old_chat_member are required");
    }
    if (change.newChatMember().user() == null) {
      throw new IllegalArgumentException("chat_member.new_chat_member.user is missing");
    }
    if (change.from() == null) {
      throw new IllegalArgumentException("chat_member.from is missing");
    }
    return new TelegramEvent.MemberStatusChanged(
        updateId,
        chat,
        user(change.newChatMember().user()),
        MemberStatus.parse(change.oldChatMember().status()),
        MemberStatus.parse(change.newChatMember().status()),
        user(change.from()),
        Instant.ofEpochSecond(change.date()));
  }

  private static String title(BotApiTypes.Chat chat) {
    if (chat.title() != null && !chat.title().isBlank()) {
      return chat.title();
    }
    String name = join(chat.firstName(), chat.lastName());
    return name.isEmpty() && chat.username() != null ? chat.username() : name;
  }

  private static String join(String first, String last) {
    String name = (first == null ? "" : first) + " " + (last == null ? "" : last);
    return name.strip();
  }

  private static String username(String username) {
    return username == null || username.isBlank() ? null : username;
  }
}
