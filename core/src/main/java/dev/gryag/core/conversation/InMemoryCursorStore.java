package dev.gryag.core.conversation;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** A {@link CursorStore} in memory: thread-safe, lost on restart. */
public final class InMemoryCursorStore implements CursorStore {

  private final ConcurrentMap<String, Long> positions = new ConcurrentHashMap<>();

  @Override
  public long position(String stream) {
    return positions.getOrDefault(requireStream(stream), 0L);
  }

  @Override
  public void advance(String stream, long nextPosition) {
    if (nextPosition < 0) {
      throw new IllegalArgumentException(
          "a cursor position must not be negative, was " + nextPosition + " for " + stream);
    }
    positions.merge(requireStream(stream), nextPosition, Math::max);
  }

  private static String requireStream(String stream) {
    Objects.requireNonNull(stream, "stream");
    if (stream.isBlank()) {
      throw new IllegalArgumentException("a cursor's stream name must not be blank");
    }
    return stream;
  }
}
