package dev.gryag.adapter.telegram;

import dev.gryag.core.model.UserId;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/** What Telegram said about who administers a chat, and how long to believe it. */
sealed interface AdminRoster {

  /** How long the answer may be served before Telegram is asked again. */
  Duration trustFor(Duration ttl);

  /**
   * Telegram named the admins: the whole list of a chat, or whether one member is one.
   *
   * @param admins the creator and administrators named; copied
   */
  record Listed(Set<UserId> admins) implements AdminRoster {
    public Listed {
      admins = Set.copyOf(admins);
    }

    @Override
    public Duration trustFor(Duration ttl) {
      return ttl;
    }
  }

  /** Telegram will not list the chat's admins (400): ask member by member instead. */
  record Unlisted(String reason) implements AdminRoster {
    @Override
    public Duration trustFor(Duration ttl) {
      return ttl;
    }
  }

  /**
   * Telegram could not be asked, or the chat is gone for the bot: nobody counts as an admin until
   * the next try.
   *
   * @param reason what went wrong, for the log; never holds the token
   * @param retryAfter Telegram's {@code retry_after}, or zero
   */
  record Unknown(String reason, Duration retryAfter) implements AdminRoster {

    /** How soon a failed chat is asked again (at most the TTL, at least a 429's retry_after). */
    static final Duration RETRY = Duration.ofMinutes(1);

    public Unknown {
      Objects.requireNonNull(reason, "reason");
      retryAfter = retryAfter == null ? Duration.ZERO : retryAfter;
    }

    @Override
    public Duration trustFor(Duration ttl) {
      Duration retry = ttl.compareTo(RETRY) < 0 ? ttl : RETRY;
      return retryAfter.compareTo(retry) > 0 ? retryAfter : retry;
    }
  }
}
