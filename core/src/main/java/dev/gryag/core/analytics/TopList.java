package dev.gryag.core.analytics;

import java.util.List;

/**
 * The most frequent values of something, most frequent first (ties by value).
 *
 * @param entries the values and their counts; copied, never null
 * @param exact true when the list is certainly right: every count exact and no unlisted value
 *     frequent enough to belong in it; false when the bounded counter forgot values that might
 *     (then each count is a lower bound; see {@code docs/cli.md})
 */
public record TopList(List<Ranked> entries, boolean exact) {

  public static final TopList EMPTY = new TopList(List.of(), true);

  public TopList {
    entries = List.copyOf(entries);
  }
}
