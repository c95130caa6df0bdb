package dev.gryag.adapter.llm;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * A provider's keys: calls use the current key; a 429 puts that key to rest until the server's hint
 * (or a default cool-down) has passed and moves the others to the front. Thread-safe.
 */
final class KeyRing {

  /** One key handed to an attempt; the index lets a 429 be charged to the right key. */
  record Lease(int index, ApiKey key) {}

  private final List<ApiKey> keys;
  private final AtomicInteger cursor = new AtomicInteger();
  private final AtomicLongArray restingUntil;
  private final Clock clock;
  private final Duration defaultRest;

  KeyRing(List<ApiKey> keys, Clock clock, Duration defaultRest) {
    this.keys = List.copyOf(keys);
    this.restingUntil = new AtomicLongArray(this.keys.size());
    this.clock = clock;
    this.defaultRest = defaultRest;
  }

  /** The key to use now: the first one not resting from the cursor on; empty for keyless APIs. */
  Optional<Lease> pick() {
    int n = keys.size();
    if (n == 0) {
      return Optional.empty();
    }
    int start = Math.floorMod(cursor.get(), n);
    long now = clock.millis();
    for (int k = 0; k < n; k++) {
      int i = (start + k) % n;
      if (restingUntil.get(i) <= now) {
        return Optional.of(new Lease(i, keys.get(i)));
      }
    }
    return Optional.of(new Lease(start, keys.get(start)));
  }

  /** The key in {@code lease} was rate-limited: rest it and move on to the next one. */
  void rateLimited(Optional<Lease> lease, Optional<Duration> hint) {
    lease.ifPresent(l -> {
      restingUntil.set(l.index(), clock.millis() + hint.orElse(defaultRest).toMillis());
      cursor.compareAndSet(l.index(), (l.index() + 1) % keys.size());
    });
  }

  /** Whether some key is not resting, so a rate-limited call can move to it without waiting. */
  boolean hasRestedKey() {
    long now = clock.millis();
    for (int i = 0; i < keys.size(); i++) {
      if (restingUntil.get(i) <= now) {
        return true;
      }
    }
    return false;
  }
}
