package dev.gryag.adapter.telegram.export;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.gryag.core.model.TextEntity;
import dev.gryag.core.model.UserId;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a message's {@code text} (a string, or an array of strings and entity objects) and its
 * {@code text_entities} (an array of entity objects) into the text and its marked spans.
 */
final class TextReader {

  private final JsonParser parser;
  private final Values values;
  private final StringBuilder text = new StringBuilder(256);

  TextReader(JsonParser parser, Values values) {
    this.parser = parser;
    this.values = values;
  }

  void readText(MessageDraft draft) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_STRING) {
      draft.text = parser.getText();
    } else if (token == JsonToken.START_ARRAY) {
      List<TextEntity> entities = new ArrayList<>(2);
      draft.text = readParts("text", true, entities, draft);
      draft.entities = entities;
      draft.textFromParts = true;
    } else if (token == JsonToken.VALUE_NULL) {
      draft.text = "";
    } else {
      values.mistyped("text", "a string or an array of text parts", draft);
    }
  }

  /**
   * Reads {@code text_entities}. Telegram Desktop writes them after {@code text} and they repeat
   * it: when {@code text} came as parts they add nothing and are skipped; when it came as a plain
   * string only their marked parts are decoded, found in the text by position.
   */
  void readEntities(MessageDraft draft) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.START_ARRAY && draft.text != null) {
      if (draft.textFromParts) {
        parser.skipChildren();
      } else {
        draft.textEntities = markedParts(draft.text, draft);
      }
    } else if (token == JsonToken.START_ARRAY) {
      List<TextEntity> entities = new ArrayList<>(2);
      draft.entitiesText = readParts("text_entities", false, entities, draft);
      draft.textEntities = entities;
    } else if (token != JsonToken.VALUE_NULL) {
      values.mistyped("text_entities", "an array of text parts", draft);
    }
  }

  private List<TextEntity> markedParts(String whole, MessageDraft draft) throws IOException {
    List<TextEntity> entities = null;
    int cursor = 0;
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      if (token != JsonToken.START_OBJECT) {
        values.mistyped("text_entities[]", "an object", draft);
        continue;
      }
      String type = null;
      String partText = null;
      String href = null;
      Long userId = null;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        parser.nextToken();
        switch (name) {
          case "type" -> type = values.isText("plain") ? "plain" : values.string(name, draft);
          case "text" ->
              partText = "plain".equals(type) ? null : values.string("text_entities[].text", draft);
          case "href" -> href = values.string("text_entities[].href", draft);
          case "user_id" -> userId = values.number("text_entities[].user_id", draft);
          default -> parser.skipChildren();
        }
      }
      TextEntity.Type kind = entityType(type);
      int at =
          kind == null || partText == null || partText.isEmpty()
              ? -1
              : whole.indexOf(partText, cursor);
      if (at >= 0) {
        entities = entities == null ? new ArrayList<>(2) : entities;
        entities.add(entity(kind, at, partText.length(), href, userId));
        cursor = at + partText.length();
      }
    }
    return entities == null ? List.of() : entities;
  }

  private String readParts(
      String field, boolean stringsAllowed, List<TextEntity> entities, MessageDraft draft)
      throws IOException {
    text.setLength(0);
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      if (token == JsonToken.VALUE_STRING && stringsAllowed) {
        text.append(parser.getText());
      } else if (token == JsonToken.START_OBJECT) {
        readPart(field, entities, draft);
      } else {
        values.mistyped(
            field + "[]", stringsAllowed ? "a string or an object" : "an object", draft);
      }
    }
    return text.toString();
  }

  private void readPart(String field, List<TextEntity> entities, MessageDraft draft)
      throws IOException {
    String type = null;
    String partText = "";
    String href = null;
    Long userId = null;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      parser.nextToken();
      switch (name) {
        case "type" -> type = values.string(field + "[].type", draft);
        case "text" -> {
          String value = values.string(field + "[].text", draft);
          partText = value == null ? "" : value;
        }
        case "href" -> href = values.string(field + "[].href", draft);
        case "user_id" -> userId = values.number(field + "[].user_id", draft);
        default -> parser.skipChildren();
      }
    }
    int offset = text.length();
    text.append(partText);
    TextEntity.Type kind = entityType(type);
    if (kind != null && !partText.isEmpty()) {
      entities.add(entity(kind, offset, partText.length(), href, userId));
    }
  }

  private static TextEntity entity(
      TextEntity.Type kind, int offset, int length, String href, Long userId) {
    UserId user =
        kind == TextEntity.Type.TEXT_MENTION && userId != null && userId != 0
            ? UserId.of(userId)
            : null;
    return new TextEntity(kind, offset, length, href, user);
  }

  /** The entity kind of a part's type; null for plain text. */
  private static TextEntity.Type entityType(String type) {
    if (type == null) {
      return TextEntity.Type.OTHER;
    }
    return switch (type) {
      case "plain" -> null;
      case "mention" -> TextEntity.Type.MENTION;
      case "mention_name" -> TextEntity.Type.TEXT_MENTION;
      case "bot_command" -> TextEntity.Type.BOT_COMMAND;
      case "link" -> TextEntity.Type.URL;
      case "text_link" -> TextEntity.Type.TEXT_LINK;
      case "hashtag" -> TextEntity.Type.HASHTAG;
      default -> TextEntity.Type.OTHER;
    };
  }
}
