package dev.gryag.core.personalization;

import dev.gryag.core.model.Author;
import java.util.Map;
import java.util.Objects;

/**
 * The names a member has used in a chat.
 *
 * @param displayName the display name of the member's newest message; never null, may be empty
 * @param username the username (without {@code @}) of the newest message, or null when none
 * @param seen every display name and {@code @username} seen, mapped to the epoch second it was
 *     first seen; bounded by {@link ProfileSettings#names()} (the earliest names go first); copied
 */
public record NameHistory(String displayName, String username, Map<String, Long> seen) {

  public NameHistory {
    Objects.requireNonNull(displayName, "displayName");
    seen = SmallMap.copyOf(seen);
  }

  /** The names of a member not seen yet. */
  public static final NameHistory NONE = new NameHistory("", null, Map.of());

  /**
   * These names after a message by {@code author} sent at epoch second {@code second}; {@code
   * newest} when no folded message is newer. At most {@code limit} names are kept: the one first
   * seen earliest goes, never the one just seen.
   */
  NameHistory observed(Author author, long second, boolean newest, int limit) {
    String display = author.displayName();
    String user = author.username();
    if (newest
        && display.equals(displayName)
        && Objects.equals(user, username)
        && !seen.isEmpty()) {
      return this; // the current names, seen before this newest message
    }
    Map<String, Long> next = firstSeen(seen, display.isBlank() ? null : display, second, limit);
    next = firstSeen(next, user == null ? null : "@" + user, second, limit);
    if (newest) {
      return new NameHistory(display, user, next);
    }
    return next == seen ? this : new NameHistory(displayName, username, next);
  }

  private static Map<String, Long> firstSeen(
      Map<String, Long> seen, String name, long second, int limit) {
    if (name == null) {
      return seen;
    }
    Long known = seen.get(name);
    if (known != null && known <= second) {
      return seen;
    }
    SmallMap<Long> next = SmallMap.copyOf(seen).with(name, second);
    if (next.size() <= limit) {
      return next;
    }
    String earliest = null;
    for (Map.Entry<String, Long> entry : next.entrySet()) {
      String key = entry.getKey();
      if (!key.equals(name)
          && (earliest == null
              || entry.getValue() < next.get(earliest)
              || (entry.getValue().equals(next.get(earliest)) && key.compareTo(earliest) < 0))) {
        earliest = key;
      }
    }
    return next.without(earliest);
  }
}
