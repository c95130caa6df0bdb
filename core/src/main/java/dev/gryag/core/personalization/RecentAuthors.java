package dev.gryag.core.personalization;

import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.MessageRef;
import dev.gryag.core.model.UserId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The authors of each chat's most recent messages, bounded per chat and in the number of chats
 * (least recently active chats are dropped first). Thread-safe.
 */
final class RecentAuthors implements MessageAuthors {

  private final int perChat;
  private final Map<ChatId, Map<Long, UserId>> chats;

  RecentAuthors(int perChat, int maxChats) {
    if (perChat <= 0 || maxChats <= 0) {
      throw new IllegalArgumentException(
          "recent authors need positive bounds, were " + perChat + " and " + maxChats);
    }
    this.perChat = perChat;
    this.chats =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<ChatId, Map<Long, UserId>> eldest) {
            return size() > maxChats;
          }
        };
  }

  synchronized void remember(MessageRef message, UserId author) {
    chats.computeIfAbsent(message.chat(), chat -> bounded()).put(message.messageId(), author);
  }

  @Override
  public synchronized Optional<UserId> authorOf(MessageRef message) {
    Map<Long, UserId> recent = chats.get(message.chat());
    return recent == null ? Optional.empty() : Optional.ofNullable(recent.get(message.messageId()));
  }

  /** Forgets every message of {@code member} in {@code chat}. */
  synchronized void forget(ChatId chat, UserId member) {
    Map<Long, UserId> recent = chats.get(chat);
    if (recent != null) {
      recent.values().removeIf(member::equals);
    }
  }

  /** True when some remembered message of the chat is by {@code member}. */
  synchronized boolean remembers(ChatId chat, UserId member) {
    Map<Long, UserId> recent = chats.get(chat);
    return recent != null && recent.containsValue(member);
  }

  private Map<Long, UserId> bounded() {
    return new LinkedHashMap<>() {
      @Override
      protected boolean removeEldestEntry(Map.Entry<Long, UserId> eldest) {
        return size() > perChat;
      }
    };
  }
}
