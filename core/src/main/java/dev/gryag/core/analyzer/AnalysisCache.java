package dev.gryag.core.analyzer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A bounded, thread-safe memo of analyses keyed by message text: a fixed number of segments, each a
 * small access-ordered LRU map behind its own lock, so threads analysing different texts rarely
 * wait for each other. The capacity is split exactly between the segments, so the cache never holds
 * more than its capacity. The locks guard only map operations (never an analysis), so virtual
 * threads are not pinned for long.
 */
final class AnalysisCache {

  private static final int MAX_SEGMENTS = 16;

  private final Segment[] segments;

  AnalysisCache(int capacity) {
    if (capacity <= 0) {
      throw new IllegalArgumentException("cache capacity must be positive, was " + capacity);
    }
    int count = Math.min(MAX_SEGMENTS, Integer.highestOneBit(Math.max(1, capacity / 8)));
    segments = new Segment[count];
    for (int s = 0; s < count; s++) {
      segments[s] = new Segment(capacity / count + (s < capacity % count ? 1 : 0));
    }
  }

  /** The cached analysis of {@code text}, or null. */
  Analysis get(String text) {
    return segment(text).get(text);
  }

  void put(String text, Analysis analysis) {
    segment(text).put(text, analysis);
  }

  /** How many analyses are cached now. */
  int size() {
    int size = 0;
    for (Segment segment : segments) {
      size += segment.size();
    }
    return size;
  }

  private Segment segment(String text) {
    int h = text.hashCode();
    h ^= h >>> 16;
    h *= 0x45d9f3b;
    return segments[(h ^ (h >>> 16)) & (segments.length - 1)];
  }

  private static final class Segment {
    private final ReentrantLock lock = new ReentrantLock();
    private final LinkedHashMap<String, Analysis> map;

    Segment(int capacity) {
      this.map =
          new LinkedHashMap<>(Math.max(4, capacity * 4 / 3 + 1), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Analysis> eldest) {
              return size() > capacity;
            }
          };
    }

    Analysis get(String text) {
      lock.lock();
      try {
        return map.get(text);
      } finally {
        lock.unlock();
      }
    }

    void put(String text, Analysis analysis) {
      lock.lock();
      try {
        map.put(text, analysis);
      } finally {
        lock.unlock();
      }
    }

    int size() {
      lock.lock();
      try {
        return map.size();
      } finally {
        lock.unlock();
      }
    }
  }
}
