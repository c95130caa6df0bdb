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
      long digits = digits();
      if (digits >= 0) {
        return digits;
      }
      String text = parser.getText().strip();
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

  /** True when the current string value is {@code expected}, read without making a String. */
  boolean isText(String expected) throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      return false;
    }
    char[] chars = parser.getTextCharacters();
    int offset = parser.getTextOffset();
    int length = parser.getTextLength();
    if (length != expected.length()) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (chars[offset + i] != expected.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The current string value as a number when it is 1 to 18 digits (spaces around allowed), read
   * without making a String (every message has two: {@code date_unixtime}, often {@code edited_
   * unixtime}); -1 when it is anything else.
   */
  private long digits() throws IOException {
    char[] chars = parser.getTextCharacters();
    int from = parser.getTextOffset();
    int to = from + parser.getTextLength();
    while (from < to && Character.isWhitespace(chars[from])) {
      from++;
    }
    while (to > from && Character.isWhitespace(chars[to - 1])) {
      to--;
    }
    if (from == to || to - from > 18) {
      return -1;
    }
    long value = 0;
    for (int i = from; i < to; i++) {
      char c = chars[i];
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
