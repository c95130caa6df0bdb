package dev.gryag.core.personalization;

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
}
