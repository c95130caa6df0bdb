package dev.gryag.core.conversation;

import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.UserId;

/**
 * Who administers a group, as the platform says: its creator and its administrators.
 *
 * <p>The service asks only when a rule needs the answer (an admin command, a rate limit), only for
 * groups, and only about authors who are neither the bot's owners ({@link
 * ConversationConfig#operators()}) nor anonymous admins writing as the chat: those are admins
 * without asking, and the other person in a private chat never is.
 */
@FunctionalInterface
public interface ChatAdministrators {

  /** Knows no admins: only the bot's owners and anonymous admins count as admins. */
  ChatAdministrators NONE = (chat, user) -> false;

  /**
   * Whether {@code user} is the creator or an administrator of {@code chat}.
   *
   * <p>Freshness: the answer may be as old as the implementation says (the Telegram adapter trusts
   * a chat's admin list for a configurable time and forgets it when the chat's members change), so
   * a promotion or demotion may take that long to count.
   *
   * <p>Failures: it does not throw when the platform cannot be asked (unreachable, the chat is
   * gone, the bot was removed); it answers false, "not known to be an admin", and the
   * implementation reports the failure. The service treats an exception from an implementation the
   * same way.
   *
   * @return true only when the platform says so; false for an unknown chat or user
   */
  boolean isAdmin(ChatId chat, UserId user);
}
