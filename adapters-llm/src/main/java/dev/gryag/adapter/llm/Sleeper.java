package dev.gryag.adapter.llm;

import java.time.Duration;

/** Waits between retry attempts; tests inject one that records the waits instead of sleeping. */
@FunctionalInterface
public interface Sleeper {

  /** Sleeps on the calling thread. */
  Sleeper SYSTEM = Thread::sleep;

  /**
   * Blocks the calling thread for {@code duration}.
   *
   * @throws InterruptedException when the thread is interrupted while waiting
   */
  void sleep(Duration duration) throws InterruptedException;
}
