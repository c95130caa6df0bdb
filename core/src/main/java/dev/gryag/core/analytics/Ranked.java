package dev.gryag.core.analytics;

import java.util.Objects;

/**
 * One line of a top list: a word, an emoji, a reaction, and how often it occurred.
 *
 * @param value what was counted; never null
 * @param count how often; positive
 */
public record Ranked(String value, long count) {

  public Ranked {
    Objects.requireNonNull(value, "value");
    if (count <= 0) {
      throw new IllegalArgumentException("a ranked count must be positive, was " + count);
    }
  }
}
