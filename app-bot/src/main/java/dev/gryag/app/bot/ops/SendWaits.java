package dev.gryag.app.bot.ops;

import dev.gryag.adapter.telegram.Sleeper;
import java.time.Duration;

/**
 * The Telegram sender's way of waiting, noting how long the current thread waited for Telegram's
 * send limits and retry hints, so the bot can tell its own overhead per message apart from the pace
 * Telegram imposes (as {@link ModelTime} does for the model).
 */
public final class SendWaits implements Sleeper {

  private static final ThreadLocal<long[]> WAITED = ThreadLocal.withInitial(() -> new long[1]);

  private final Sleeper sleeper;

  public SendWaits(Sleeper sleeper) {
    this.sleeper = sleeper;
  }

  @Override
  public void sleep(Duration duration) throws InterruptedException {
    long started = System.nanoTime();
    try {
      sleeper.sleep(duration);
    } finally {
      WAITED.get()[0] += System.nanoTime() - started;
    }
  }

  /** Nanoseconds this thread waited since the last call, and starts counting anew. */
  public static long takeWaited() {
    long[] waited = WAITED.get();
    long nanos = waited[0];
    waited[0] = 0;
    return nanos;
  }
}
