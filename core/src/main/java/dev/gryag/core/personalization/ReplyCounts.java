package dev.gryag.core.personalization;

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
}
