package dev.gryag.core.analytics;

import java.util.Objects;

/**
 * How often one member replied to another.
 *
 * @param from who replied
 * @param to whose message they replied to
 * @param count how many times; positive
 */
public record ReplyPair(Sender from, Sender to, long count) {

  public ReplyPair {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (count <= 0) {
      throw new IllegalArgumentException("a reply pair count must be positive, was " + count);
    }
  }
}
