package dev.gryag.adapter.telegram.export;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.gryag.core.analytics.Reaction;
import java.io.IOException;

/**
 * Reads a message's {@code reactions}: objects with a {@code type} ({@code emoji}, {@code
 * custom_emoji}, {@code paid}), a {@code count}, the {@code emoji} or {@code document_id}, and the
 * {@code recent} reactors, which are skipped. Reactions of a type Telegram adds later are skipped.
 */
final class ReactionReader {

  private final JsonParser parser;
  private final Values values;

  ReactionReader(JsonParser parser, Values values) {
    this.parser = parser;
    this.values = values;
  }

  void read(MessageDraft draft) throws IOException {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      if (parser.currentToken() != JsonToken.VALUE_NULL) {
        values.mistyped("reactions", "an array of reactions", draft);
      }
      return;
    }
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      if (token == JsonToken.START_OBJECT) {
        readOne(draft);
      } else {
        values.mistyped("reactions[]", "a reaction object", draft);
      }
    }
  }

  private void readOne(MessageDraft draft) throws IOException {
    String type = null;
    String emoji = null;
    String documentId = null;
    Long count = null;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      parser.nextToken();
      switch (name) {
        case "type" -> type = values.string("reactions[].type", draft);
        case "emoji" -> emoji = values.string("reactions[].emoji", draft);
        case "document_id" -> documentId = values.peerId("reactions[].document_id", draft);
        case "count" -> {
          count = values.number("reactions[].count", draft);
          if (count != null && count < 0) {
            draft.fail(
                "'reactions[].count' should not be negative, was " + count,
                parser.currentTokenLocation());
            count = null;
          }
        }
        default -> parser.skipChildren();
      }
    }
    Reaction.Kind kind = kind(type, emoji);
    if (kind != null) {
      String value = kind == Reaction.Kind.CUSTOM_EMOJI ? documentId : emoji;
      draft.reactions.add(new Reaction(kind, value, count == null ? 0 : count));
    }
  }

  private static Reaction.Kind kind(String type, String emoji) {
    if (type == null) {
      return emoji != null ? Reaction.Kind.EMOJI : null;
    }
    return switch (type) {
      case "emoji" -> Reaction.Kind.EMOJI;
      case "custom_emoji" -> Reaction.Kind.CUSTOM_EMOJI;
      case "paid" -> Reaction.Kind.PAID;
      default -> null;
    };
  }
}
