package dev.gryag.app.cli.synthetic;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneRules;
import java.util.Arrays;

/**
 * Writes a synthetic single-chat Telegram Desktop export, message by message, to a JSON generator
 * in the field order and shapes Telegram Desktop uses: text as strings and as entity arrays with
 * {@code text_entities}, service events, photos, stickers, voice and video messages, files, polls,
 * locations, replies, forwards, edits and reactions. Nothing is kept between messages but a few
 * counters, so any size streams in constant memory.
 */
final class SyntheticExport {

  static final ZoneId ZONE = ZoneId.of("Europe/Kyiv");
  private static final long START = 1_546_300_800L; // 2019-01-01T00:00:00Z
  private static final DateTimeFormatter LOCAL =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
  private static final DateTimeFormatter FILE_STAMP =
      DateTimeFormatter.ofPattern("dd-MM-yyyy_HH-mm-ss");

  private final JsonGenerator json;
  private final SyntheticChat chat;
  private final SyntheticMedia media;
  private final ZoneRules rules = ZONE.getRules();
  private long nextId = 1;

  SyntheticExport(JsonGenerator json, SyntheticChat chat) {
    this.json = json;
    this.chat = chat;
    this.media = new SyntheticMedia(json, chat);
  }

  /** Writes the whole export: {@code messages} entries over about one day per 400. */
  void write(long messages) throws IOException {
    json.writeStartObject();
    json.writeStringField("name", "Синтетичний чат · Synthetic chat");
    json.writeStringField("type", "private_supergroup");
    json.writeNumberField("id", 1_999_000_001L);
    json.writeArrayFieldStart("messages");
    long days = Math.max(30, messages / 400);
    long written = 0;
    for (long day = 0; day < days; day++) {
      long due = (messages * (day + 1)) / days;
      int today = (int) (due - written);
      writeDay(START + day * 86_400, today);
      written += today;
    }
    json.writeEndArray();
    json.writeEndObject();
    json.flush();
  }

  private void writeDay(long dayStart, int count) throws IOException {
    int[] seconds = new int[count];
    for (int i = 0; i < count; i++) {
      seconds[i] = chat.secondOfDay();
    }
    Arrays.sort(seconds);
    for (int second : seconds) {
      long at =
          dayStart
              + second
              - rules.getOffset(java.time.Instant.ofEpochSecond(dayStart)).getTotalSeconds();
      if (chat.chance(0.01)) {
        writeService(at);
      } else {
        writeMessage(at);
      }
    }
  }

  private void writeMessage(long at) throws IOException {
    long id = nextId++;
    int member = chat.member();
    json.writeStartObject();
    json.writeNumberField("id", id);
    json.writeStringField("type", "message");
    writeDate("date", at);
    if (chat.chance(0.05)) {
      writeDate("edited", at + chat.between(10, 900));
    }
    writeFrom("from", member);
    if (chat.chance(0.02)) {
      json.writeStringField("forwarded_from", "Новини Києва");
      json.writeStringField("forwarded_from_id", "channel1000000001");
    }
    if (id > 60 && chat.chance(0.25)) {
      json.writeNumberField("reply_to_message_id", id - chat.between(1, 50));
    }
    boolean withText = media.write(id, local(at).format(FILE_STAMP));
    String text = withText ? chat.text(chat.language(member)) : "";
    if (!text.isEmpty() && chat.chance(0.35)) {
      media.writeRichText(text, chat.name(chat.member()));
    } else {
      json.writeStringField("text", text);
      json.writeArrayFieldStart("text_entities");
      if (!text.isEmpty()) {
        json.writeStartObject();
        json.writeStringField("type", "plain");
        json.writeStringField("text", text);
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    if (chat.chance(0.15)) {
      writeReactions(at);
    }
    json.writeEndObject();
  }

  private void writeService(long at) throws IOException {
    long id = nextId++;
    int member = chat.member();
    json.writeStartObject();
    json.writeNumberField("id", id);
    json.writeStringField("type", "service");
    writeDate("date", at);
    writeFrom("actor", member);
    int kind = chat.random.nextInt(10);
    if (kind < 4) {
      json.writeStringField("action", "invite_members");
      json.writeArrayFieldStart("members");
      json.writeString(chat.name(chat.member()));
      json.writeEndArray();
    } else if (kind < 6) {
      json.writeStringField("action", "join_group_by_link");
      json.writeStringField("inviter", chat.name(0));
    } else if (kind < 8) {
      json.writeStringField("action", "remove_members");
      json.writeArrayFieldStart("members");
      json.writeString(chat.name(member));
      json.writeEndArray();
    } else if (kind < 9 && id > 10) {
      json.writeStringField("action", "pin_message");
      json.writeNumberField("message_id", id - chat.between(1, 10));
    } else {
      json.writeStringField("action", "edit_group_title");
      json.writeStringField("title", "Синтетичний чат · Synthetic chat");
    }
    json.writeStringField("text", "");
    json.writeArrayFieldStart("text_entities");
    json.writeEndArray();
    json.writeEndObject();
  }

  private void writeReactions(long at) throws IOException {
    json.writeArrayFieldStart("reactions");
    int kinds = chat.between(1, 3);
    for (int i = 0; i < kinds; i++) {
      json.writeStartObject();
      if (chat.chance(0.05)) {
        json.writeStringField("type", "custom_emoji");
        json.writeNumberField("count", chat.between(1, 4));
        json.writeStringField("document_id", "54474106590776" + chat.between(10000, 10020));
      } else if (chat.chance(0.02)) {
        json.writeStringField("type", "paid");
        json.writeNumberField("count", chat.between(1, 50));
      } else {
        int count = chat.between(1, 12);
        json.writeStringField("type", "emoji");
        json.writeNumberField("count", count);
        json.writeStringField("emoji", chat.pick(Phrases.REACTIONS));
        json.writeArrayFieldStart("recent");
        for (int r = 0; r < Math.min(count, 2); r++) {
          json.writeStartObject();
          writeFrom("from", chat.member());
          writeDate("date", at + chat.between(5, 3600), false);
          json.writeEndObject();
        }
        json.writeEndArray();
      }
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  /** A member's name and id; the last member is a deleted account (name null). */
  private void writeFrom(String field, int member) throws IOException {
    if (member == chat.members - 1) {
      json.writeNullField(field);
    } else {
      json.writeStringField(field, chat.name(member));
    }
    json.writeStringField(field + "_id", "user" + (700_000_000L + member));
  }

  private void writeDate(String field, long at) throws IOException {
    writeDate(field, at, true);
  }

  private void writeDate(String field, long at, boolean withUnixtime) throws IOException {
    json.writeStringField(field, local(at).format(LOCAL));
    if (withUnixtime) {
      json.writeStringField(field + "_unixtime", Long.toString(at));
    }
  }

  private LocalDateTime local(long at) {
    java.time.Instant instant = java.time.Instant.ofEpochSecond(at);
    return LocalDateTime.ofEpochSecond(at, 0, rules.getOffset(instant));
  }
}
