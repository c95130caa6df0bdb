package dev.gryag.adapter.telegram;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.gryag.core.StoreException;
import dev.gryag.core.conversation.CursorStore;
import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What both receivers do with an update: skip it if already handled, map it, hand it to the handler
 * (retrying failures), and only then commit its id through the {@link CursorStore}.
 */
final class UpdatePipeline {

  private static final Logger log = LoggerFactory.getLogger(UpdatePipeline.class);
  static final int ATTEMPTS_BEFORE_SKIPPING = 5;

  private final UpdateMapper mapper;
  private final UpdateHandler handler;
  private final CursorStore cursors;
  private final String stream;
  private final Sleeper sleeper;
  private final Backoff backoff;
  private volatile long next;

  UpdatePipeline(
      BotIdentity me,
      UpdateHandler handler,
      CursorStore cursors,
      Sleeper sleeper,
      Backoff backoff) {
    this.mapper = new UpdateMapper(me.id().value());
    this.handler = Objects.requireNonNull(handler, "handler");
    this.cursors = Objects.requireNonNull(cursors, "cursors");
    this.stream = "telegram:" + me.id() + ":updates";
    this.sleeper = sleeper;
    this.backoff = backoff;
    this.next = cursors.position(stream);
  }

  /** The first update id not handled yet: the {@code getUpdates} offset. */
  long next() {
    return next;
  }

  boolean alreadyHandled(long updateId) {
    return updateId < next;
  }

  /**
   * Handles one update and commits it. Returns at once for an update already handled.
   *
   * @throws StoreException when the cursor could not be committed; the update may come again
   * @throws InterruptedException when interrupted while waiting to retry; nothing was committed
   */
  void accept(JsonNode update) throws InterruptedException {
    JsonNode idNode = update.get("update_id");
    if (idNode == null || !idNode.canConvertToLong()) {
      log.error("an update without a numeric update_id was skipped");
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
    cursors.advance(stream, id + 1);
    next = id + 1;
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
    } catch (IOException | IllegalArgumentException e) {
      log.error("update {} skipped: {}", id, e.getMessage());
    }
    return Optional.empty();
  }

  private void deliver(long id, TelegramEvent event) throws InterruptedException {
    for (int failures = 1; ; failures++) {
      try {
        handler.handle(event);
        return;
      } catch (RuntimeException e) {
        boolean storeDown = e instanceof StoreException store && store.isTransient();
        if (!storeDown && failures >= ATTEMPTS_BEFORE_SKIPPING) {
          log.error("update {} skipped: the handler failed {} times", id, failures, e);
          return;
        }
        Duration wait = backoff.after(failures);
        log.warn(
            "the handler failed on update {} (attempt {}); retrying in {} ms",
            id,
            failures,
            wait.toMillis(),
            e);
        sleeper.sleep(wait);
      }
    }
  }
}
