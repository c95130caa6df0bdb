package dev.gryag.core.analytics;

/**
 * Receives a chat history entry by entry, in the order its source holds them. A reader calls {@link
 * #beginChat} once per chat (an archive may hold several), then {@link #accept} for each of that
 * chat's entries. Not required to be thread-safe: a reader calls it from one thread.
 */
public interface HistorySink {

  /** A chat starts: every entry until the next call belongs to it. */
  default void beginChat(ChatHeader chat) {}

  /** One entry of the current chat. */
  void accept(HistoryEntry entry);
}
