package dev.gryag.core.model;

/** Who stands behind a message's author. */
public enum AuthorKind {
  /** A person's own account. */
  PERSON,
  /** A bot account (this bot or another). */
  BOT,
  /** A chat speaking as itself: an anonymous group admin or a linked channel. */
  CHAT
}
