package dev.gryag.adapter.telegram;

import dev.gryag.adapter.telegram.BotApiTypes.Message;
import dev.gryag.core.model.MediaKind;

/** Which media a Bot API message carries; the order matters (an animation also has a document). */
final class MediaKinds {

  private MediaKinds() {}

  static MediaKind of(Message m) {
    if (m.photo() != null) {
      return MediaKind.PHOTO;
    }
    if (m.sticker() != null) {
      return MediaKind.STICKER;
    }
    if (m.animation() != null) {
      return MediaKind.ANIMATION;
    }
    if (m.video() != null) {
      return MediaKind.VIDEO;
    }
    if (m.videoNote() != null) {
      return MediaKind.VIDEO_NOTE;
    }
    if (m.voice() != null) {
      return MediaKind.VOICE;
    }
    if (m.audio() != null) {
      return MediaKind.AUDIO;
    }
    if (m.document() != null) {
      return MediaKind.DOCUMENT;
    }
    if (m.poll() != null) {
      return MediaKind.POLL;
    }
    if (m.venue() != null || m.location() != null) {
      return MediaKind.LOCATION;
    }
    if (m.contact() != null) {
      return MediaKind.CONTACT;
    }
    if (m.dice() != null || m.game() != null || m.story() != null) {
      return MediaKind.OTHER;
    }
    return MediaKind.NONE;
  }
}
