package dev.gryag.adapter.telegram.export;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.gryag.core.model.MediaKind;
import java.io.IOException;

/**
 * Reads one message object of an export, field by field, into a {@link MessageDraft}, skipping the
 * fields analytics does not need (file paths, sizes, thumbnails, buttons, ...).
 */
final class MessageReader {

  private final JsonParser parser;
  private final Values values;
  private final TextReader texts;
  private final ReactionReader reactions;

  MessageReader(JsonParser parser) {
    this.parser = parser;
    this.values = new Values(parser);
    this.texts = new TextReader(parser, values);
    this.reactions = new ReactionReader(parser, values);
  }

  /** Reads the message whose {@code START_OBJECT} is the current token, up to its end. */
  MessageDraft read() throws IOException {
    MessageDraft draft = new MessageDraft(parser.currentTokenLocation());
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      parser.nextToken();
      readField(field, draft);
    }
    return draft;
  }

  private void readField(String field, MessageDraft draft) throws IOException {
    switch (field) {
      case "id" -> draft.id = values.number(field, draft);
      case "type" -> draft.type = values.string(field, draft);
      case "date" -> draft.date = values.string(field, draft);
      case "date_unixtime" -> draft.dateUnix = values.number(field, draft);
      case "edited" -> draft.edited = values.string(field, draft);
      case "edited_unixtime" -> draft.editedUnix = values.number(field, draft);
      case "from" -> draft.from = values.string(field, draft);
      case "from_id" -> draft.fromId = values.peerId(field, draft);
      case "actor" -> draft.actor = values.string(field, draft);
      case "actor_id" -> draft.actorId = values.peerId(field, draft);
      case "action" -> draft.action = values.string(field, draft);
      case "members" -> draft.members = values.strings(field, draft);
      case "text" -> texts.readText(draft);
      case "text_entities" -> texts.readEntities(draft);
      case "media_type" -> draft.mediaType = values.string(field, draft);
      case "sticker_emoji" -> draft.stickerEmoji = values.string(field, draft);
      case "duration_seconds" -> draft.durationSeconds = values.number(field, draft);
      case "reply_to_message_id" -> draft.replyTo = values.number(field, draft);
      case "reactions" -> reactions.read(draft);
      default -> readPresence(field, draft);
    }
  }

  /** Fields whose presence is what counts; their values are skipped. */
  private void readPresence(String field, MessageDraft draft) throws IOException {
    switch (field) {
      case "photo" -> draft.photo = true;
      case "file" -> draft.file = true;
      case "forwarded_from" -> draft.forwarded = true;
      case "reply_to_peer_id" -> draft.replyToPeer = true;
      case "poll" -> draft.otherMedia = MediaKind.POLL;
      case "location_information", "place_name" -> draft.otherMedia = MediaKind.LOCATION;
      case "contact_information" -> draft.otherMedia = MediaKind.CONTACT;
      case "game_title",
          "invoice_information",
          "todo_list",
          "giveaway_information",
          "giveaway_results",
          "paid_stars_amount" -> {
        if (draft.otherMedia == MediaKind.NONE) {
          draft.otherMedia = MediaKind.OTHER;
        }
      }
      default -> {}
    }
    parser.skipChildren();
  }
}
