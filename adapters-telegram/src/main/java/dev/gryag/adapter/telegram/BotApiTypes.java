package dev.gryag.adapter.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The Bot API objects Gryag reads, as Jackson decodes them (snake_case names, unknown fields
 * ignored). Media objects are kept as trees: only their presence matters.
 */
final class BotApiTypes {

  private BotApiTypes() {}

  record Update(
      long updateId,
      Message message,
      Message editedMessage,
      Message channelPost,
      Message editedChannelPost,
      ChatMemberUpdated myChatMember,
      ChatMemberUpdated chatMember) {}

  record User(long id, boolean isBot, String firstName, String lastName, String username) {}

  record Chat(
      long id,
      String type,
      String title,
      String username,
      String firstName,
      String lastName,
      Boolean isForum) {}

  record Message(
      long messageId,
      Long messageThreadId,
      User from,
      Chat senderChat,
      long date,
      Chat chat,
      Long editDate,
      Boolean isTopicMessage,
      Boolean isAutomaticForward,
      Message replyToMessage,
      JsonNode forwardOrigin,
      User forwardFrom,
      Chat forwardFromChat,
      Long forwardDate,
      String text,
      List<Entity> entities,
      String caption,
      List<Entity> captionEntities,
      JsonNode photo,
      Sticker sticker,
      JsonNode animation,
      JsonNode video,
      JsonNode videoNote,
      JsonNode voice,
      JsonNode audio,
      JsonNode document,
      JsonNode poll,
      JsonNode venue,
      JsonNode location,
      JsonNode contact,
      JsonNode dice,
      JsonNode game,
      JsonNode story,
      Long migrateToChatId,
      Long migrateFromChatId) {}

  record Entity(String type, int offset, int length, String url, User user) {}

  record Sticker(String emoji) {}

  record ChatMemberUpdated(
      Chat chat, User from, long date, ChatMember oldChatMember, ChatMember newChatMember) {}

  record ChatMember(String status, User user, Boolean isMember) {}
}
