package dev.gryag.adapter.telegram.export;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the current value of the parser as the type a field should have; a value of another type is
 * recorded as the draft's problem and skipped.
 */
final class Values {

  private final JsonParser parser;

  Values(JsonParser parser) {
    this.parser = parser;
  }

  /** A number, written as a JSON number or a string of digits; null for JSON null. */
  Long number(String field, MessageDraft draft) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT) {
      return parser.getLongValue();
    }
    if (token == JsonToken.VALUE_STRING) {
      String text = parser.getText().strip();
      if (isDigits(text)) {
        return Long.parseLong(text);
      }
      draft.fail(
          "'" + field + "' should be a whole number, was \"" + text + "\"",
          parser.currentTokenLocation());
      return null;
    }
    if (token != JsonToken.VALUE_NULL) {
      mistyped(field, "a whole number", draft);
    }
    return null;
  }

  /** A string; null for JSON null. */
  String string(String field, MessageDraft draft) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_STRING) {
      return parser.getText();
    }
    if (token != JsonToken.VALUE_NULL) {
      mistyped(field, "a string", draft);
    }
    return null;
  }

  /** A peer id such as {@code user123}, written as a string or a number; null for JSON null. */
  String peerId(String field, MessageDraft draft) throws IOException {
    if (parser.currentToken() == JsonToken.VALUE_NUMBER_INT) {
      return parser.getText();
    }
    return string(field, draft);
  }

  /** An array of strings (nulls kept as null, for deleted accounts). */
  List<String> strings(String field, MessageDraft draft) throws IOException {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      mistyped(field, "an array of names", draft);
      return List.of();
    }
    List<String> list = new ArrayList<>();
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      if (token == JsonToken.VALUE_STRING) {
        list.add(parser.getText());
      } else if (token == JsonToken.VALUE_NULL) {
        list.add(null);
      } else {
        mistyped(field + "[]", "a name", draft);
      }
    }
    return list;
  }

  /** Records that the current value is not what {@code field} should hold, and skips it. */
  void mistyped(String field, String expected, MessageDraft draft) throws IOException {
    draft.fail(
        "'" + field + "' should be " + expected + ", found " + describe(parser.currentToken()),
        parser.currentTokenLocation());
    parser.skipChildren();
  }

  static String describe(JsonToken token) {
    if (token == null) {
      return "the end of the file";
    }
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      case END_OBJECT -> "'}'";
      case END_ARRAY -> "']'";
      case FIELD_NAME -> "a field name";
      default -> token.toString();
    };
  }

  private static boolean isDigits(String text) {
    if (text.isEmpty() || text.length() > 18) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
