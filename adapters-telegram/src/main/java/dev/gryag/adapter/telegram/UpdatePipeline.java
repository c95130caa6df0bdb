package dev.gryag.adapter.telegram;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.gryag.core.StoreException;
import dev.gryag.core.conversation.CursorStore;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What both receivers do with an update: skip it if already handled, map it, hand it to the
 * handler, and only then commit its id through the {@link CursorStore}.
 *
 * <p>An update that cannot be mapped (an unknown shape, a field of the wrong type) is logged with
 * its id, reported to {@link UpdateHandler#skipped} and committed: one bad update never stops the
 * stream. A handler that fails on the same update {@link #ATTEMPTS_BEFORE_SKIPPING} times (unless
 * the store is down, which is waited out) gets it skipped the same way.
 *
 * <p>Telegram numbers updates anew, from a random value, after a week without any: a stored offset
 * that has not moved for {@link #OFFSET_TRUSTED_FOR} is not trusted. The stream is then read from
 * whatever Telegram holds, no update counts as handled by its id alone (the store still recognises
 * a message it has by chat and message id), and the first update committed restarts the cursor.
 */
final class UpdatePipeline {

  private static final Logger log = LoggerFactory.getLogger(UpdatePipeline.class);
  static final int ATTEMPTS_BEFORE_SKIPPING = 5;
  static final Duration OFFSET_TRUSTED_FOR = Duration.ofDays(6);
  private static final int MAX_TRACKED_FAILURES = 1_000;

  /** A failure of the handler (not of the commit), with the handler's exception as its cause. */
  static final class HandlerFailed extends RuntimeException {
    HandlerFailed(RuntimeException cause) {
      super(cause.getMessage(), cause);
    }
  }

  private final UpdateMapper mapper;
  private final UpdateHandler handler;
  private final CursorStore cursors;
  private final String stream;
  private final Clock clock;
  private final Map<Long, Integer> failures = new ConcurrentHashMap<>();
  private volatile long next;
  private volatile Instant movedAt;
  private volatile boolean distrustLogged;

  UpdatePipeline(BotIdentity me, UpdateHandler handler, CursorStore cursors, Clock clock) {
    this.mapper = new UpdateMapper(me.id().value());
    this.handler = Objects.requireNonNull(handler, "handler");
    this.cursors = Objects.requireNonNull(cursors, "cursors");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.stream = "telegram:" + me.id() + ":updates";
    this.next = cursors.position(stream);
    this.movedAt = cursors.movedAt(stream).orElse(null);
  }

  /** The first update id not handled yet: the {@code getUpdates} offset; 0 reads from the start. */
  long next() {
    return trusted() ? next : 0;
  }

  boolean alreadyHandled(long updateId) {
    return trusted() && updateId < next;
  }

  /** Whether the stored offset still means what it meant: it moved within the trusted period. */
  private boolean trusted() {
    if (next == 0) {
      return true;
    }
    boolean fresh = movedAt != null && movedAt.plus(OFFSET_TRUSTED_FOR).isAfter(clock.instant());
    if (!fresh && !distrustLogged) {
      distrustLogged = true;
      log.warn(
          "the stored update offset {} has not moved since {}: Telegram may have restarted its"
              + " update ids, so the stream is read from what Telegram holds and repeated messages"
              + " are recognised by chat and message id",
          next,
          movedAt);
    }
    return fresh;
  }

  /**
   * Handles one update and commits it, once: a handler failure is thrown as {@link HandlerFailed}
   * for the caller to retry, until the same update has failed {@link #ATTEMPTS_BEFORE_SKIPPING}
   * times (store outages aside), when it is skipped. Returns at once for an update already handled.
   *
   * @throws HandlerFailed when the handler failed; nothing was committed
   * @throws StoreException when the cursor could not be committed; the update may come again
   */
  void acceptOnce(JsonNode update) {
    JsonNode idNode = update.get("update_id");
    if (idNode == null || !idNode.canConvertToLong()) {
      log.error("an update without a numeric update_id was skipped");
      handler.skipped(-1, "malformed");
      return;
    }
    long id = idNode.asLong();
    if (alreadyHandled(id)) {
      log.debug("update {} was already handled: skipped", id);
      return;
    }
    Optional<TelegramEvent> event = decode(id, update);
    if (event.isPresent()) {
      deliver(id, event.get());
    }
    commit(id);
  }

  /**
   * Handles one update and commits it, retrying a failing handler in place with backoff (the
   * polling receiver's way: later updates wait behind it).
   *
   * @throws StoreException when the cursor could not be committed; the update may come again
   * @throws InterruptedException when interrupted while waiting to retry; nothing was committed
   */
  void accept(JsonNode update, Sleeper sleeper, Backoff backoff) throws InterruptedException {
    for (int failed = 1; ; failed++) {
      try {
        acceptOnce(update);
        return;
      } catch (HandlerFailed e) {
        Duration wait = backoff.after(failed);
        log.warn(
            "the handler failed on update {} (attempt {}); retrying in {} ms",
            update.path("update_id").asLong(),
            failed,
            wait.toMillis(),
            e.getCause());
        sleeper.sleep(wait);
      }
    }
  }

  private Optional<TelegramEvent> decode(long id, JsonNode update) {
    try {
      return mapper.map(TelegramClient.JSON.treeToValue(update, BotApiTypes.Update.class));
    } catch (JsonMappingException e) {
      log.error(
          "update {} skipped: it does not have the Bot API's Update shape: {} (at {})",
          id,
          e.getOriginalMessage(),
          e.getPathReference());
    } catch (IOException | RuntimeException e) {
      log.error("update {} skipped: {}", id, e.getMessage(), e);
    }
    handler.skipped(id, "malformed");
    return Optional.empty();
  }

  private void deliver(long id, TelegramEvent event) {
    try {
      handler.handle(event);
      failures.remove(id);
    } catch (RuntimeException e) {
      if (e instanceof StoreException store && store.isTransient()) {
        throw new HandlerFailed(e);
      }
      if (failures.size() > MAX_TRACKED_FAILURES) {
        failures.clear();
      }
      int failed = failures.merge(id, 1, Integer::sum);
      if (failed < ATTEMPTS_BEFORE_SKIPPING) {
        throw new HandlerFailed(e);
      }
      failures.remove(id);
      log.error("update {} skipped: the handler failed {} times", id, failed, e);
      handler.skipped(id, "failed");
    }
  }

  private void commit(long id) {
    if (trusted()) {
      cursors.advance(stream, id + 1);
      next = Math.max(next, id + 1);
    } else {
      cursors.restart(stream, id + 1);
      next = id + 1;
      log.info("update ids restart at {}: the stored offset follows", id);
    }
    movedAt = clock.instant();
    distrustLogged = false;
  }
}
