package dev.gryag.core.model;

/** What kind of Telegram chat a conversation happens in. */
public enum ChatKind {
  /** A one-to-one chat with the bot. */
  PRIVATE,
  /** A basic group. */
  GROUP,
  /** A supergroup, possibly with forum topics. */
  SUPERGROUP,
  /** A broadcast channel. */
  CHANNEL;

  /** True for chats with more than one member besides the bot. */
  public boolean isGroup() {
    return this == GROUP || this == SUPERGROUP;
  }
}
