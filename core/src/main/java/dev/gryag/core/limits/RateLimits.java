package dev.gryag.core.limits;

import java.util.Objects;

/**
 * How often the bot answers: per member (across chats), per chat, and overall.
 *
 * @param perMember one member's requests
 * @param perChat all requests of one chat
 * @param global all requests the bot serves
 */
public record RateLimits(Limit perMember, Limit perChat, Limit global) {

  /**
   * 20 an hour per member with a burst of 5, 120 an hour per chat with a burst of 20, 1,000 an hour
   * overall with a burst of 60.
   */
  public static final RateLimits DEFAULTS =
      new RateLimits(Limit.perHour(20, 5), Limit.perHour(120, 20), Limit.perHour(1000, 60));

  public RateLimits {
    Objects.requireNonNull(perMember, "perMember");
    Objects.requireNonNull(perChat, "perChat");
    Objects.requireNonNull(global, "global");
  }
}
