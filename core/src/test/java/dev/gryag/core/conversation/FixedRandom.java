package dev.gryag.core.conversation;

import java.util.random.RandomGenerator;

/** A "random" source whose every draw is the number the test set. */
final class FixedRandom implements RandomGenerator {

  private volatile double next;

  FixedRandom(double next) {
    this.next = next;
  }

  void set(double value) {
    next = value;
  }

  @Override
  public double nextDouble() {
    return next;
  }

  @Override
  public long nextLong() {
    return (long) (next * Long.MAX_VALUE);
  }
}
