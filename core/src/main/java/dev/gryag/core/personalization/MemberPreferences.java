package dev.gryag.core.personalization;

import dev.gryag.core.analyzer.Language;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * What a member asked the bot in a chat: how to call them, how to answer them, or to keep nothing
 * about them.
 *
 * @param chat the chat
 * @param member the member
 * @param preferredName the name to call them by, or null; at most 64 characters
 * @param pronouns their pronouns (e.g. {@code she/her}), or null; at most 32 characters
 * @param replyLanguage the language to answer them in, or null for the chat's
 * @param optedOut true when the member asked the bot to keep no profile and no facts about them;
 *     then every other preference is null
 * @param updatedAt when the member last changed them
 */
public record MemberPreferences(
    ChatId chat,
    UserId member,
    String preferredName,
    String pronouns,
    Language replyLanguage,
    boolean optedOut,
    Instant updatedAt) {

  public MemberPreferences {
    Objects.requireNonNull(chat, "chat");
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(updatedAt, "updatedAt");
    preferredName = bounded("preferredName", preferredName, 64);
    pronouns = bounded("pronouns", pronouns, 32);
    if (replyLanguage != null
        && replyLanguage != Language.UK
        && replyLanguage != Language.RU
        && replyLanguage != Language.EN) {
      throw new IllegalArgumentException(
          "replyLanguage must be uk, ru or en, was " + replyLanguage.code());
    }
    if (optedOut && (preferredName != null || pronouns != null || replyLanguage != null)) {
      throw new IllegalArgumentException("an opted-out member's preferences keep nothing else");
    }
  }

  /** The preferences of a member who asked the bot to keep nothing about them. */
  public static MemberPreferences optedOut(ChatId chat, UserId member, Instant at) {
    return new MemberPreferences(chat, member, null, null, null, true, at);
  }

  /** No preference set yet. */
  public static MemberPreferences none(ChatId chat, UserId member, Instant at) {
    return new MemberPreferences(chat, member, null, null, null, false, at);
  }

  /** True when nothing is set: such preferences need not be stored. */
  public boolean isEmpty() {
    return preferredName == null && pronouns == null && replyLanguage == null && !optedOut;
  }

  private static String bounded(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String stripped = value.strip();
    if (stripped.length() > max) {
      throw new IllegalArgumentException(
          field + " must be at most " + max + " characters, was " + stripped.length());
    }
    return stripped;
  }
}
