package dev.gryag.adapter.telegram.export;

import dev.gryag.core.analytics.ChatHeader;
import dev.gryag.core.analytics.HistoryEntry;
import dev.gryag.core.analytics.HistoryMessage;
import dev.gryag.core.analytics.HistorySink;
import dev.gryag.core.analytics.ServiceEvent;
import java.util.ArrayList;
import java.util.List;

/** A sink that keeps everything it is given, for assertions. */
final class Recorder implements HistorySink {

  final List<ChatHeader> chats = new ArrayList<>();
  final List<HistoryEntry> entries = new ArrayList<>();
  final List<Integer> chatOfEntry = new ArrayList<>();

  @Override
  public void beginChat(ChatHeader chat) {
    chats.add(chat);
  }

  @Override
  public void accept(HistoryEntry entry) {
    entries.add(entry);
    chatOfEntry.add(chats.size() - 1);
  }

  List<HistoryMessage> messages() {
    return entries.stream()
        .filter(HistoryMessage.class::isInstance)
        .map(HistoryMessage.class::cast)
        .toList();
  }

  List<ServiceEvent> services() {
    return entries.stream()
        .filter(ServiceEvent.class::isInstance)
        .map(ServiceEvent.class::cast)
        .toList();
  }

  HistoryMessage message(long id) {
    return messages().stream().filter(m -> m.id() == id).findFirst().orElseThrow();
  }
}
