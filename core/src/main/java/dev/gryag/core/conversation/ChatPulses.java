package dev.gryag.core.conversation;

import dev.gryag.core.model.ChatId;
import java.util.LinkedHashMap;
import java.util.Map;

/** The pulse of the most recently active chats, at most a fixed number of them. Thread-safe. */
final class ChatPulses {

  private final Map<ChatId, ChatPulse> pulses;

  ChatPulses(int maxChats) {
    this.pulses =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<ChatId, ChatPulse> eldest) {
            return size() > maxChats;
          }
        };
  }

  synchronized ChatPulse of(ChatId chat) {
    return pulses.computeIfAbsent(chat, c -> new ChatPulse());
  }
}
