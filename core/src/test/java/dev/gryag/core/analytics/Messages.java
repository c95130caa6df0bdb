package dev.gryag.core.analytics;

import dev.gryag.core.model.MediaKind;
import dev.gryag.core.model.TextEntity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A builder of history messages for tests: {@code Messages.from(alice).at("...").text("hi")}. */
final class Messages {

  private long id;
  private Instant sentAt;
  private final Sender sender;
  private String text = "";
  private final List<TextEntity> entities = new ArrayList<>();
  private MediaKind media = MediaKind.NONE;
  private int seconds;
  private String stickerEmoji;
  private Long replyTo;
  private boolean otherChat;
  private Instant editedAt;
  private boolean forwarded;
  private final List<Reaction> reactions = new ArrayList<>();

  private Messages(Sender sender) {
    this.sender = sender;
  }

  static Messages from(Sender sender) {
    return new Messages(sender);
  }

  Messages id(long value) {
    id = value;
    return this;
  }

  Messages at(String instant) {
    sentAt = Instant.parse(instant);
    return this;
  }

  Messages text(String value) {
    text = value;
    return this;
  }

  Messages entity(TextEntity entity) {
    entities.add(entity);
    return this;
  }

  Messages media(MediaKind kind, int durationSeconds) {
    media = kind;
    seconds = durationSeconds;
    return this;
  }

  Messages sticker(String emoji) {
    media = MediaKind.STICKER;
    stickerEmoji = emoji;
    return this;
  }

  Messages replyTo(long messageId) {
    replyTo = messageId;
    return this;
  }

  Messages replyToOtherChat(long messageId) {
    replyTo = messageId;
    otherChat = true;
    return this;
  }

  Messages edited(String instant) {
    editedAt = Instant.parse(instant);
    return this;
  }

  Messages forwarded() {
    forwarded = true;
    return this;
  }

  Messages reaction(String emoji, long count) {
    reactions.add(new Reaction(Reaction.Kind.EMOJI, emoji, count));
    return this;
  }

  HistoryMessage build() {
    return new HistoryMessage(
        id,
        sentAt,
        sender,
        text,
        entities,
        media,
        seconds,
        stickerEmoji,
        replyTo,
        otherChat,
        editedAt,
        forwarded,
        reactions);
  }
}
