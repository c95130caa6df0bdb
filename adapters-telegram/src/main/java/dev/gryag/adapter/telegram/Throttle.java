package dev.gryag.adapter.telegram;

import dev.gryag.core.model.ChatId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Paces outgoing messages to {@link SendLimits}. Each chat has a lane: one sender at a time, in
 * arrival order, waiting only for its own chat's limits; the overall limit is shared first come,
 * first served among chats ready to send. So a busy chat waits for itself and never holds the
 * others back. Idle lanes are forgotten.
 */
final class Throttle {

  private static final Duration GROUP_WINDOW = Duration.ofMinutes(1);

  private final SendLimits limits;
  private final Clock clock;
  private final Sleeper sleeper;
  private final ConcurrentHashMap<ChatId, Lane> lanes = new ConcurrentHashMap<>();
  private final AtomicReference<Instant> lastSweep;
  private final Object overall = new Object();
  private Instant nextOverall = Instant.EPOCH;
  private Instant lastDeparture = Instant.EPOCH;

  Throttle(SendLimits limits, Clock clock, Sleeper sleeper) {
    this.limits = limits;
    this.clock = clock;
    this.sleeper = sleeper;
    this.lastSweep = new AtomicReference<>(clock.instant());
  }

  /** Waits until the chat's lane is free; pair with {@link #leave}. */
  Lane enter(ChatId chat) throws InterruptedException {
    Lane lane =
        lanes.compute(
            chat,
            (id, existing) -> {
              Lane l = existing == null ? new Lane(id) : existing;
              l.users++;
              return l;
            });
    try {
      lane.lock.lockInterruptibly();
    } catch (InterruptedException e) {
      release(lane);
      throw e;
    }
    Instant now = clock.instant();
    Instant swept = lastSweep.get();
    if (now.isAfter(swept.plus(GROUP_WINDOW)) && lastSweep.compareAndSet(swept, now)) {
      forgetIdleLanes(now);
    }
    return lane;
  }

  void leave(Lane lane) {
    lane.lock.unlock();
    release(lane);
  }

  /**
   * Blocks until the lane may send one message under every limit, and books that send.
   *
   * @return when the send was allowed
   */
  Instant awaitTurn(Lane lane) throws InterruptedException {
    boolean group = lane.chat.value() < 0;
    sleepUntil(lane.readyAt(limits, group));
    Instant slot;
    synchronized (overall) {
      Instant now = clock.instant();
      slot = nextOverall.isAfter(now) ? nextOverall : now;
      nextOverall = slot.plus(limits.overallInterval());
    }
    sleepUntil(slot);
    Instant departure = depart();
    lane.sent(departure, group, limits);
    return departure;
  }

  /**
   * Slots are booked in arrival order, but a thread may wake late and meet the next one: the actual
   * departures are kept at least one overall interval apart as well.
   */
  Instant depart() throws InterruptedException {
    while (true) {
      Duration wait;
      synchronized (overall) {
        Instant now = clock.instant();
        Instant earliest = lastDeparture.plus(limits.overallInterval());
        if (!now.isBefore(earliest)) {
          lastDeparture = now;
          return now;
        }
        wait = Duration.between(now, earliest);
      }
      sleeper.sleep(wait);
    }
  }

  /** Holds the lane back, e.g. for a 429's {@code retry_after}. */
  void pause(Lane lane, Duration duration) {
    lane.notBefore = clock.instant().plus(duration);
  }

  int lanes() {
    return lanes.size();
  }

  private void sleepUntil(Instant when) throws InterruptedException {
    Duration wait = Duration.between(clock.instant(), when);
    if (wait.isPositive()) {
      sleeper.sleep(wait);
    }
  }

  private void release(Lane lane) {
    Instant now = clock.instant();
    lanes.computeIfPresent(
        lane.chat,
        (id, l) -> {
          l.users--;
          return l.users == 0 && l.idle(now) ? null : l;
        });
  }

  private void forgetIdleLanes(Instant now) {
    for (ChatId id : lanes.keySet()) {
      lanes.computeIfPresent(id, (key, l) -> l.users == 0 && l.idle(now) ? null : l);
    }
  }

  /** One chat's queue and send history. */
  static final class Lane {
    private final ChatId chat;
    private final ReentrantLock lock = new ReentrantLock(true);
    private final Deque<Instant> recent = new ArrayDeque<>();
    private int users;
    private volatile Instant lastSent;
    private volatile Instant notBefore = Instant.EPOCH;

    private Lane(ChatId chat) {
      this.chat = chat;
    }

    private Instant readyAt(SendLimits limits, boolean group) {
      Instant ready = notBefore;
      Instant last = lastSent;
      if (last != null && last.plus(limits.perChatInterval()).isAfter(ready)) {
        ready = last.plus(limits.perChatInterval());
      }
      if (group && recent.size() >= limits.perGroupPerMinute()) {
        Instant windowEnd = recent.peekFirst().plus(GROUP_WINDOW);
        ready = windowEnd.isAfter(ready) ? windowEnd : ready;
      }
      return ready;
    }

    private void sent(Instant at, boolean group, SendLimits limits) {
      lastSent = at;
      if (group) {
        recent.addLast(at);
        while (recent.size() > limits.perGroupPerMinute()) {
          recent.removeFirst();
        }
      }
    }

    private boolean idle(Instant now) {
      Instant last = lastSent;
      return (last == null || last.plus(GROUP_WINDOW).isBefore(now)) && notBefore.isBefore(now);
    }
  }
}
