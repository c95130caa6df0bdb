package dev.gryag.adapter.telegram;

import dev.gryag.core.conversation.CursorStore;
import java.util.concurrent.ConcurrentHashMap;

/** A thread-safe, monotonic cursor store for tests. */
final class InMemoryCursorStore implements CursorStore {

  private final ConcurrentHashMap<String, Long> positions = new ConcurrentHashMap<>();

  @Override
  public long position(String stream) {
    return positions.getOrDefault(stream, 0L);
  }

  @Override
  public void advance(String stream, long nextPosition) {
    positions.merge(stream, nextPosition, Math::max);
  }
}
