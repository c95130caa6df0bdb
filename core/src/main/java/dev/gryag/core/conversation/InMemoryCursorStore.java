package dev.gryag.core.conversation;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** A {@link CursorStore} in memory: thread-safe, lost on restart. */
public final class InMemoryCursorStore implements CursorStore {

  private record Cursor(long position, Instant movedAt) {}

  private final ConcurrentMap<String, Cursor> cursors = new ConcurrentHashMap<>();
  private final Clock clock;

  /** Cursors that take the time they moved from the system clock. */
  public InMemoryCursorStore() {
    this(Clock.systemUTC());
  }

  /** Cursors that take the time they moved from {@code clock}. */
  public InMemoryCursorStore(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public long position(String stream) {
    Cursor cursor = cursors.get(requireStream(stream));
    return cursor == null ? 0 : cursor.position();
  }

  @Override
  public void advance(String stream, long nextPosition) {
    requirePosition(stream, nextPosition);
    Cursor moved = new Cursor(nextPosition, clock.instant());
    cursors.merge(
        requireStream(stream), moved, (old, now) -> now.position() > old.position() ? now : old);
  }

  @Override
  public Optional<Instant> movedAt(String stream) {
    return Optional.ofNullable(cursors.get(requireStream(stream))).map(Cursor::movedAt);
  }

  @Override
  public void restart(String stream, long nextPosition) {
    requirePosition(stream, nextPosition);
    cursors.put(requireStream(stream), new Cursor(nextPosition, clock.instant()));
  }

  private static void requirePosition(String stream, long nextPosition) {
    if (nextPosition < 0) {
      throw new IllegalArgumentException(
          "a cursor position must not be negative, was " + nextPosition + " for " + stream);
    }
  }

  private static String requireStream(String stream) {
    Objects.requireNonNull(stream, "stream");
    if (stream.isBlank()) {
      throw new IllegalArgumentException("a cursor's stream name must not be blank");
    }
    return stream;
  }
}
