package dev.gryag.core.limits;

import java.util.Objects;

/**
 * How often the bot answers: per member (across chats), per chat, and overall; and how many
 * built-in commands one member may run (across chats), counted apart from answers.
 *
 * @param perMember one member's requests
 * @param perChat all requests of one chat
 * @param global all requests the bot serves
 * @param commands one member's built-in commands ({@code /profile}, {@code /stats}, …)
 */
public record RateLimits(Limit perMember, Limit perChat, Limit global, Limit commands) {

  /** 10 commands a minute per member, all of which may come at once. */
  public static final Limit DEFAULT_COMMANDS = Limit.perMinute(10);

  /**
   * 20 an hour per member with a burst of 5, 120 an hour per chat with a burst of 20, 1,000 an hour
   * overall with a burst of 60; {@link #DEFAULT_COMMANDS} commands.
   */
  public static final RateLimits DEFAULTS =
      new RateLimits(Limit.perHour(20, 5), Limit.perHour(120, 20), Limit.perHour(1000, 60));

  public RateLimits {
    Objects.requireNonNull(perMember, "perMember");
    Objects.requireNonNull(perChat, "perChat");
    Objects.requireNonNull(global, "global");
    Objects.requireNonNull(commands, "commands");
  }

  /** These limits for answers, with {@link #DEFAULT_COMMANDS} for commands. */
  public RateLimits(Limit perMember, Limit perChat, Limit global) {
    this(perMember, perChat, global, DEFAULT_COMMANDS);
  }

  public RateLimits withCommands(Limit limit) {
    return new RateLimits(perMember, perChat, global, limit);
  }
}
