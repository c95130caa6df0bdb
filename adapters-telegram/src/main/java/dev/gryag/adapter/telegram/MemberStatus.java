package dev.gryag.adapter.telegram;

import java.util.Locale;

/** The bot's standing in a chat, as Telegram's {@code ChatMember.status} names it. */
public enum MemberStatus {
  CREATOR,
  ADMINISTRATOR,
  MEMBER,
  RESTRICTED,
  LEFT,
  KICKED;

  /** True for the creator and administrators: the chat's admins. */
  public boolean administers() {
    return this == CREATOR || this == ADMINISTRATOR;
  }

  /**
   * Reads a Bot API status string.
   *
   * @throws IllegalArgumentException naming the value when Telegram sent an unknown status
   */
  static MemberStatus parse(String status) {
    if (status == null) {
      throw new IllegalArgumentException("chat member status is missing");
    }
    try {
      return valueOf(status.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown chat member status '" + status + "'", e);
    }
  }
}
