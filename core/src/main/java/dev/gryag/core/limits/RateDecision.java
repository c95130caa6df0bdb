package dev.gryag.core.limits;

import java.time.Duration;
import java.util.Objects;

/** Whether a request may go ahead under the {@link RateLimits}. */
public sealed interface RateDecision {

  /** Which limit stopped a request. */
  enum Scope {
    /** One member's answers. */
    MEMBER,
    /** One chat's answers. */
    CHAT,
    /** Every answer the bot gives. */
    GLOBAL,
    /** One member's built-in commands. */
    COMMANDS
  }

  /** The request may go ahead; a permit was taken from every bucket. */
  record Allowed() implements RateDecision {}

  /**
   * The request is over a limit; no permit was taken.
   *
   * @param scope the limit that stopped it (the narrowest one when several did)
   * @param retryAfter how long until a permit is free again
   * @param tellRequester true the first time in a window the limit stopped this member, chat or the
   *     bot: tell them once, then stay silent
   */
  record Limited(Scope scope, Duration retryAfter, boolean tellRequester) implements RateDecision {
    public Limited {
      Objects.requireNonNull(scope, "scope");
      Objects.requireNonNull(retryAfter, "retryAfter");
    }
  }

  RateDecision ALLOWED = new Allowed();
}
