package dev.gryag.core.personalization;

import dev.gryag.core.model.UserId;
import java.util.Map;

/**
 * Who a member talks with: replies they wrote to others and replies others wrote to them.
 *
 * @param to the other member's id (decimal) → replies this member wrote to them; bounded by twice
 *     {@link ProfileSettings#partners()}; copied
 * @param from the other member's id (decimal) → replies they wrote to this member; same bound;
 *     copied
 */
public record ReplyCounts(Map<String, Long> to, Map<String, Long> from) {

  public static final ReplyCounts NONE = new ReplyCounts(Map.of(), Map.of());

  public ReplyCounts {
    to = SmallMap.copyOf(to);
    from = SmallMap.copyOf(from);
  }

  /** One more reply written to {@code other}, bounded by {@code limit}. */
  ReplyCounts to(UserId other, int limit) {
    return new ReplyCounts(Tallies.add(to, other.toString(), limit), from);
  }

  /** One more reply received from {@code other}, bounded by {@code limit}. */
  ReplyCounts from(UserId other, int limit) {
    return new ReplyCounts(to, Tallies.add(from, other.toString(), limit));
  }

  /** These counts without {@code other}; this very value when it was not counted. */
  ReplyCounts without(UserId other) {
    String key = other.toString();
    if (!to.containsKey(key) && !from.containsKey(key)) {
      return this;
    }
    return new ReplyCounts(SmallMap.copyOf(to).without(key), SmallMap.copyOf(from).without(key));
  }
}
