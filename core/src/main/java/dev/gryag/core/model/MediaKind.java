package dev.gryag.core.model;

/** The kind of media a message carries besides (or instead of) its text. */
public enum MediaKind {
  NONE,
  PHOTO,
  STICKER,
  ANIMATION,
  VIDEO,
  VIDEO_NOTE,
  VOICE,
  AUDIO,
  DOCUMENT,
  POLL,
  LOCATION,
  CONTACT,
  OTHER
}
