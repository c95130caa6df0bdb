package dev.gryag.core.cleanup;

import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.MessageRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Predicate;

/**
 * A thread-safe message side for retention tests: messages per chat in send order, some pinned,
 * others important by a predicate. {@code leaky} makes it return important messages too, to test
 * that retention never deletes them anyway.
 */
final class InMemoryExpiringMessages implements ExpiringMessages {

  private record Key(Instant sentAt, long id) {}

  private static final Comparator<Key> ORDER =
      Comparator.comparing(Key::sentAt).thenComparingLong(Key::id);

  private final Map<ChatId, ConcurrentSkipListMap<Key, ChatMessage>> chats =
      new ConcurrentHashMap<>();
  private final Map<MessageRef, Key> index = new ConcurrentHashMap<>();
  private final Set<MessageRef> pinned = ConcurrentHashMap.newKeySet();
  private final Predicate<MessageRef> important;
  private final boolean leaky;

  InMemoryExpiringMessages(Predicate<MessageRef> important, boolean leaky) {
    this.important = important;
    this.leaky = leaky;
  }

  InMemoryExpiringMessages() {
    this(ref -> false, false);
  }

  void append(ChatMessage message) {
    Key key = new Key(message.sentAt(), message.messageId());
    chats
        .computeIfAbsent(message.chatId(), chat -> new ConcurrentSkipListMap<>(ORDER))
        .put(key, message);
    index.put(message.ref(), key);
  }

  void pin(MessageRef message) {
    pinned.add(message);
  }

  boolean contains(MessageRef ref) {
    return index.containsKey(ref);
  }

  List<ChatMessage> all(ChatId chat) {
    return List.copyOf(chats.getOrDefault(chat, new ConcurrentSkipListMap<>(ORDER)).values());
  }

  private boolean isImportant(ChatMessage message) {
    return pinned.contains(message.ref()) || important.test(message.ref());
  }

  @Override
  public List<ChatId> chats() {
    return chats.keySet().stream().sorted(Comparator.comparingLong(ChatId::value)).toList();
  }

  @Override
  public List<ChatMessage> expired(ChatId chat, Instant sentBefore, int keepNewest, int limit) {
    var messages = chats.get(chat);
    if (messages == null) {
      return List.of();
    }
    int size = messages.size();
    int position = 0;
    List<ChatMessage> expired = new ArrayList<>();
    for (ChatMessage message : messages.values()) {
      boolean old = message.sentAt().isBefore(sentBefore) || size - position > keepNewest;
      if (!old || expired.size() >= limit) {
        break;
      }
      if (leaky || !isImportant(message)) {
        expired.add(message);
      }
      position++;
    }
    return expired;
  }

  @Override
  public long countExpired(ChatId chat, Instant sentBefore, int keepNewest) {
    return expired(chat, sentBefore, keepNewest, Integer.MAX_VALUE).stream()
        .filter(m -> !isImportant(m))
        .count();
  }

  @Override
  public int delete(ChatId chat, Collection<Long> messageIds) {
    var messages = chats.get(chat);
    int deleted = 0;
    for (long id : messageIds) {
      MessageRef ref = new MessageRef(chat, id);
      Key key = index.get(ref);
      if (key != null && messages.remove(key) != null) {
        index.remove(ref, key);
        deleted++;
      }
    }
    return deleted;
  }
}
