package dev.gryag.adapter.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gryag.core.StoreException;
import dev.gryag.core.conversation.CursorStore;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives updates by long polling {@code getUpdates}: each update goes to the {@link
 * UpdateHandler} in order and its offset is committed through the {@link CursorStore} only after
 * the handler returned, so a restart resumes exactly where the last run stopped. Network errors,
 * 5xx, 409 and 429 are waited out; a rejected token stops it.
 */
public final class LongPollingReceiver implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(LongPollingReceiver.class);

  private final TelegramClient client;
  private final CursorStore cursors;
  private final UpdateHandler handler;
  private final Sleeper sleeper;
  private final Backoff backoff;
  private final Clock clock;
  private final Object lock = new Object();
  private boolean closed;
  private boolean waiting;
  private Thread runner;

  public LongPollingReceiver(TelegramClient client, CursorStore cursors, UpdateHandler handler) {
    this(client, cursors, handler, Sleeper.SYSTEM, Backoff.standard(), Clock.systemUTC());
  }

  LongPollingReceiver(
      TelegramClient client,
      CursorStore cursors,
      UpdateHandler handler,
      Sleeper sleeper,
      Backoff backoff,
      Clock clock) {
    this.client = Objects.requireNonNull(client, "client");
    this.cursors = Objects.requireNonNull(cursors, "cursors");
    this.handler = Objects.requireNonNull(handler, "handler");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.backoff = Objects.requireNonNull(backoff, "backoff");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Checks the token ({@code getMe}), removes any webhook, then polls on the calling thread until
   * {@link #close()} or an interrupt. Run it on a thread of its own. Telegram being unreachable, at
   * start or later, is waited out with backoff.
   *
   * @throws TelegramException when Telegram rejects the token ({@link
   *     TelegramException#unauthorized()}), at start or later, or refuses {@code deleteWebhook}
   */
  public void run() {
    synchronized (lock) {
      if (runner != null) {
        throw new IllegalStateException("this receiver is already running");
      }
      runner = Thread.currentThread();
    }
    try {
      BotIdentity me = identify();
      UpdatePipeline pipeline = new UpdatePipeline(me, handler, cursors, clock);
      log.info("polling Telegram as @{} from update {}", me.username(), pipeline.next());
      loop(pipeline);
    } catch (InterruptedException e) {
      if (!isClosed()) {
        Thread.currentThread().interrupt();
      }
    } finally {
      synchronized (lock) {
        runner = null;
      }
      log.info("polling stopped");
    }
  }

  /** {@code getMe} and {@code deleteWebhook}, waiting out transient failures; 401 stops at once. */
  private BotIdentity identify() throws InterruptedException {
    for (int failures = 1; ; failures++) {
      try {
        BotIdentity me = client.getMe();
        client.deleteWebhook(false);
        return me;
      } catch (TelegramException e) {
        if (!e.isTransient()) {
          throw e;
        }
        Duration wait = backoff.after(failures);
        log.warn(
            "cannot start polling yet: {}; retrying in {} ms", e.getMessage(), wait.toMillis());
        pause(wait);
      }
    }
  }

  private void loop(UpdatePipeline pipeline) throws InterruptedException {
    int failures = 0;
    while (!isClosed()) {
      Duration wait;
      try {
        wait = pollOnce(pipeline, failures + 1);
      } catch (IOException e) {
        wait = backoff.after(failures + 1);
        log.warn("getUpdates failed: {}; retrying in {} ms", e.getMessage(), wait.toMillis());
      } catch (StoreException e) {
        wait = backoff.after(failures + 1);
        log.warn("could not commit the update offset; retrying in {} ms", wait.toMillis(), e);
      }
      if (wait == null) {
        failures = 0;
      } else {
        failures++;
        pause(wait);
      }
    }
  }

  /** One poll and its updates; null when it went well, else how long to wait. */
  private Duration pollOnce(UpdatePipeline pipeline, int attempt)
      throws IOException, InterruptedException {
    ApiResult<List<JsonNode>> result;
    enterWait();
    try {
      result = client.getUpdates(pipeline.next());
    } finally {
      leaveWait();
    }
    if (result instanceof ApiResult.Ok<List<JsonNode>> ok) {
      List<JsonNode> updates = new ArrayList<>(ok.value());
      updates.sort(Comparator.comparingLong(u -> u.path("update_id").asLong()));
      for (JsonNode update : updates) {
        if (isClosed()) {
          break;
        }
        pipeline.accept(update, this::pause, backoff);
      }
      return null;
    }
    ApiError error = ((ApiResult.Failed<List<JsonNode>>) result).error();
    if (error.code() == 401) {
      TelegramException stop = TelegramException.unauthorized("getUpdates");
      log.error(stop.getMessage());
      throw stop;
    }
    Duration wait = error.retryAfter() != null ? error.retryAfter() : backoff.after(attempt);
    if (error.code() == 409) {
      log.warn(
          "getUpdates conflict (409): another instance of this bot is polling with the same"
              + " token, or a webhook was set; Telegram said \"{}\"; retrying in {} ms",
          error.description(),
          wait.toMillis());
    } else {
      log.warn("getUpdates failed: {}; retrying in {} ms", error, wait.toMillis());
    }
    return wait;
  }

  private void pause(Duration duration) throws InterruptedException {
    enterWait();
    try {
      sleeper.sleep(duration);
    } finally {
      leaveWait();
    }
  }

  /** Marks a wait that {@link #close()} may interrupt; nothing else is ever interrupted. */
  private void enterWait() throws InterruptedException {
    synchronized (lock) {
      if (closed) {
        throw new InterruptedException("receiver closed");
      }
      waiting = true;
    }
  }

  private void leaveWait() {
    synchronized (lock) {
      waiting = false;
      if (closed) {
        Thread.interrupted();
      }
    }
  }

  private boolean isClosed() {
    synchronized (lock) {
      return closed;
    }
  }

  /** Stops polling: a pending long poll is cancelled, an update being handled is finished. */
  @Override
  public void close() {
    synchronized (lock) {
      closed = true;
      if (waiting && runner != null) {
        runner.interrupt();
      }
    }
  }

  @Override
  public String toString() {
    return "LongPollingReceiver[" + client + "]";
  }
}
