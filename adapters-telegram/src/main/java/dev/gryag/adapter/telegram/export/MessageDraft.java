package dev.gryag.adapter.telegram.export;

import com.fasterxml.jackson.core.JsonLocation;
import dev.gryag.core.analytics.HistoryEntry;
import dev.gryag.core.analytics.HistoryMessage;
import dev.gryag.core.analytics.Reaction;
import dev.gryag.core.analytics.Sender;
import dev.gryag.core.analytics.ServiceEvent;
import dev.gryag.core.model.MediaKind;
import dev.gryag.core.model.TextEntity;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** The fields of one export message as read, in any order; turned into an entry once complete. */
final class MessageDraft {

  /** The last second a message may bear: the ISO calendar's four-digit years end here. */
  static final Instant LAST = Instant.parse("9999-12-31T23:59:59Z");

  final JsonLocation start;
  Long id;
  String type;
  String date;
  Long dateUnix;
  String edited;
  Long editedUnix;
  String from;
  String fromId;
  String actor;
  String actorId;
  String action;
  List<String> members = List.of();
  String text;
  boolean textFromParts;
  List<TextEntity> entities = List.of();
  String entitiesText;
  List<TextEntity> textEntities = List.of();
  boolean photo;
  boolean file;
  String mediaType;
  String stickerEmoji;
  Long durationSeconds;
  MediaKind otherMedia = MediaKind.NONE;
  Long replyTo;
  boolean replyToPeer;
  boolean forwarded;
  final List<Reaction> reactions = new ArrayList<>(0);
  private String problem;
  private JsonLocation problemAt;

  MessageDraft(JsonLocation start) {
    this.start = start;
  }

  /** Records what is wrong with the message; the first problem wins. */
  void fail(String what, JsonLocation where) {
    if (problem == null) {
      problem = (id != null ? "message " + id + ": " : "") + what;
      problemAt = where;
    }
  }

  String problem() {
    return problem;
  }

  JsonLocation problemAt() {
    return problemAt;
  }

  boolean unsupported() {
    return type != null && !type.equals("message") && !type.equals("service");
  }

  /** The entry the fields make, or null with {@link #problem()} set when they make none. */
  HistoryEntry toEntry(ZoneId localZone) {
    Instant sentAt = instant(dateUnix, date, "date", localZone);
    if (problem != null) {
      return null;
    }
    long messageId = id == null ? 0 : id;
    if ("service".equals(type)) {
      Sender sender = actor != null || actorId != null ? Sender.of(actorId, actor) : sender();
      ServiceEvent.Kind kind = ServiceKinds.of(action, members, actor);
      return new ServiceEvent(messageId, sentAt, sender, action, kind, members);
    }
    Instant editedAt =
        edited == null && editedUnix == null
            ? null
            : instant(editedUnix, edited, "edited", localZone);
    if (problem != null) {
      return null;
    }
    return new HistoryMessage(
        messageId,
        sentAt,
        sender(),
        text != null ? text : entitiesText,
        entities.isEmpty() ? textEntities : entities,
        media(),
        durationSeconds == null ? 0 : Math.clamp(durationSeconds, 0, Integer.MAX_VALUE),
        stickerEmoji,
        replyTo,
        replyToPeer && replyTo != null,
        editedAt,
        forwarded,
        reactions);
  }

  private Sender sender() {
    return Sender.of(fromId, from);
  }

  private Instant instant(Long unix, String local, String field, ZoneId zone) {
    if (unix != null && unix > 0) {
      if (unix > LAST.getEpochSecond()) {
        fail(outOfRange(field + "_unixtime", String.valueOf(unix)), start);
        return null;
      }
      return Instant.ofEpochSecond(unix);
    }
    if (local == null) {
      fail("expected '" + field + "_unixtime' or '" + field + "' with the message's time", start);
      return null;
    }
    Instant instant;
    try {
      instant = LocalDateTime.parse(local).atZone(zone).toInstant();
    } catch (DateTimeParseException e) {
      fail(
          "'" + field + "' should be a date and time like 2024-03-01T12:00:00, was '" + local + "'",
          start);
      return null;
    }
    if (instant.isBefore(Instant.EPOCH) || instant.isAfter(LAST)) {
      fail(outOfRange(field, local), start);
      return null;
    }
    return instant;
  }

  private static String outOfRange(String field, String value) {
    return "'"
        + field
        + "' is out of range, was '"
        + value
        + "': a message's time lies between "
        + Instant.EPOCH
        + " and "
        + LAST;
  }

  private MediaKind media() {
    if (photo) {
      return MediaKind.PHOTO;
    }
    if (file || mediaType != null) {
      return mediaType == null
          ? MediaKind.DOCUMENT
          : switch (mediaType) {
            case "sticker" -> MediaKind.STICKER;
            case "voice_message" -> MediaKind.VOICE;
            case "video_message" -> MediaKind.VIDEO_NOTE;
            case "animation" -> MediaKind.ANIMATION;
            case "video_file" -> MediaKind.VIDEO;
            case "audio_file" -> MediaKind.AUDIO;
            default -> MediaKind.DOCUMENT;
          };
    }
    return otherMedia;
  }
}
