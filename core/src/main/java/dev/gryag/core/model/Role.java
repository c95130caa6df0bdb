package dev.gryag.core.model;

/** Whose voice a stored message is, from the bot's point of view. */
public enum Role {
  /** A chat member (or another bot) wrote it. */
  USER,
  /** This bot wrote it. */
  BOT,
  /** A system event: a join, a pin, a title change, a summary the bot wrote for itself. */
  SYSTEM
}
