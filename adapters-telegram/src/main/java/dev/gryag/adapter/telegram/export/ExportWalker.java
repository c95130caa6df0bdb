package dev.gryag.adapter.telegram.export;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.gryag.core.analytics.ChatHeader;
import dev.gryag.core.analytics.HistoryEntry;
import dev.gryag.core.analytics.HistoryMessage;
import dev.gryag.core.analytics.HistorySink;
import dev.gryag.core.analytics.MalformedHistoryException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks the structure of an export: a single chat ({@code name}, {@code type}, {@code id}, {@code
 * messages}) or a whole account ({@code chats.list[]} and {@code left_chats.list[]} of such chats,
 * beside contacts, sessions and other sections, which are skipped), handing each message to the
 * sink. Chat fields must come before {@code messages}, as Telegram Desktop writes them.
 */
final class ExportWalker {

  private final JsonParser parser;
  private final String source;
  private final ExportReadOptions options;
  private final HistorySink sink;
  private final MessageReader messages;
  private final List<ChatHeader> chats = new ArrayList<>();
  private final List<ChatHeader> skippedChats = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();
  private long messageCount;
  private long serviceCount;
  private long unsupported;
  private long skipped;
  private boolean sawHistory;

  ExportWalker(JsonParser parser, String source, ExportReadOptions options, HistorySink sink) {
    this.parser = parser;
    this.source = source;
    this.options = options;
    this.sink = sink;
    this.messages = new MessageReader(parser);
  }

  ExportReadSummary walk() throws IOException {
    JsonToken first = parser.nextToken();
    if (first != JsonToken.START_OBJECT) {
      throw malformed("expected '{' starting a Telegram Desktop export, found " + describe(first));
    }
    JsonLocation start = parser.currentTokenLocation();
    readChat(true);
    if (!sawHistory) {
      throw malformed(
          start,
          "expected a 'messages' array (a single-chat export) or a 'chats' section (a"
              + " full-account export); is this a Telegram Desktop result.json?");
    }
    JsonToken after = parser.nextToken();
    if (after != null) {
      throw malformed("expected the end of the file after the export, found " + describe(after));
    }
    return summary(false);
  }

  ExportReadSummary summary(boolean truncated) {
    return new ExportReadSummary(
        chats, skippedChats, messageCount, serviceCount, unsupported, skipped, problems, truncated);
  }

  void noteProblem(String problem) {
    if (problems.size() < TelegramExportReader.PROBLEMS_KEPT) {
      problems.add(problem);
    }
  }

  /** Reads the fields of a chat object (the root object too) up to its closing brace. */
  private void readChat(boolean root) throws IOException {
    long id = 0;
    String name = null;
    String type = null;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      JsonToken value = parser.nextToken();
      switch (field) {
        case "id" -> id = value == JsonToken.VALUE_NUMBER_INT ? parser.getLongValue() : id;
        case "name" -> name = value == JsonToken.VALUE_STRING ? parser.getText() : name;
        case "type" -> type = value == JsonToken.VALUE_STRING ? parser.getText() : type;
        case "messages" -> readMessages(new ChatHeader(id, name, type));
        case "chats", "left_chats" -> {
          if (root) {
            readChatList(field);
          } else {
            parser.skipChildren();
          }
        }
        default -> parser.skipChildren();
      }
    }
  }

  private void readChatList(String section) throws IOException {
    expect(JsonToken.START_OBJECT, "'" + section + "' to be an object with a 'list' of chats");
    sawHistory = true;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      parser.nextToken();
      if (!field.equals("list")) {
        parser.skipChildren();
        continue;
      }
      expect(JsonToken.START_ARRAY, "'" + section + ".list' to be an array of chats");
      JsonToken token;
      while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
        if (token != JsonToken.START_OBJECT) {
          throw malformed(
              "expected a chat object in '" + section + ".list', found " + describe(token));
        }
        readChat(false);
      }
    }
  }

  private void readMessages(ChatHeader chat) throws IOException {
    expect(JsonToken.START_ARRAY, "'messages' to be an array");
    sawHistory = true;
    if (!options.chats().matches(chat)) {
      skippedChats.add(chat);
      parser.skipChildren();
      return;
    }
    chats.add(chat);
    sink.beginChat(chat);
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      if (token == JsonToken.START_OBJECT) {
        readMessage();
      } else {
        badMessage(
            parser.currentTokenLocation(), "expected a message object, found " + describe(token));
        parser.skipChildren();
      }
    }
  }

  private void readMessage() throws IOException {
    MessageDraft draft = messages.read();
    if (draft.problem() == null && draft.unsupported()) {
      unsupported++;
      return;
    }
    HistoryEntry entry = draft.problem() == null ? draft.toEntry(options.localZone()) : null;
    if (entry == null) {
      badMessage(draft.problemAt(), draft.problem());
      return;
    }
    if (entry instanceof HistoryMessage) {
      messageCount++;
    } else {
      serviceCount++;
    }
    sink.accept(entry);
  }

  private void badMessage(JsonLocation where, String problem) {
    if (!options.lenient()) {
      throw malformed(where, problem);
    }
    skipped++;
    noteProblem("line " + where.getLineNr() + ", column " + where.getColumnNr() + ": " + problem);
  }

  private void expect(JsonToken token, String what) {
    if (parser.currentToken() != token) {
      throw malformed("expected " + what + ", found " + describe(parser.currentToken()));
    }
  }

  private MalformedHistoryException malformed(String problem) {
    return malformed(parser.currentTokenLocation(), problem);
  }

  private MalformedHistoryException malformed(JsonLocation where, String problem) {
    return new MalformedHistoryException(
        source, where.getLineNr(), where.getColumnNr(), problem, null);
  }

  private static String describe(JsonToken token) {
    return Values.describe(token);
  }
}
