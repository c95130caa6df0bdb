package dev.gryag.core.settings;

/** Why the bot speaks: what in a message (or in the chat's mood) calls for a reply. */
public enum Trigger {
  /** Every message in a private chat with the bot. */
  PRIVATE_CHAT,
  /** An {@code @mention} of the bot (a mention entity, username case-insensitive). */
  MENTION,
  /** A reply to one of the bot's own messages. */
  REPLY_TO_BOT,
  /** A {@code /command@thisbot} the bot has no built-in handler for. */
  COMMAND,
  /** A trigger keyword, by default the bot's name in any inflection. */
  KEYWORD,
  /** Unsolicited: the message looks engaging (a question, strong feeling, a favourite topic). */
  SMART,
  /** Unsolicited: a random chime-in. */
  RANDOM;

  /** True for the triggers that address the bot, as opposed to the unsolicited ones. */
  public boolean addressed() {
    return this != SMART && this != RANDOM;
  }
}
