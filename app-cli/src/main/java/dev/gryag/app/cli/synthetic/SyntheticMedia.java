package dev.gryag.app.cli.synthetic;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** The media fields and rich text of synthetic messages, in Telegram Desktop's shapes. */
final class SyntheticMedia {

  private static final String NOT_INCLUDED =
      "(File not included. Change data exporting settings to download.)";

  private final JsonGenerator json;
  private final SyntheticChat chat;

  SyntheticMedia(JsonGenerator json, SyntheticChat chat) {
    this.json = json;
    this.chat = chat;
  }

  /** Writes a random attachment (or none); true when the message also has text. */
  boolean write(long id, String stamp) throws IOException {
    int roll = chat.random.nextInt(1000);
    if (roll < 720) {
      return true;
    }
    if (roll < 800) {
      json.writeStringField("photo", "photos/photo_" + id + "@" + stamp + ".jpg");
      json.writeNumberField("width", 1280);
      json.writeNumberField("height", 960);
      return chat.chance(0.3);
    }
    if (roll < 880) {
      file(NOT_INCLUDED, "sticker", null, 0);
      json.writeStringField("sticker_emoji", chat.pick(Phrases.EMOJI));
      return false;
    }
    if (roll < 920) {
      file(
          "voice_messages/audio_" + id + "@" + stamp + ".ogg",
          "voice_message",
          "audio/ogg",
          chat.between(2, 120));
      return false;
    }
    if (roll < 930) {
      file(
          "round_video_messages/file_" + id + "@" + stamp + ".mp4",
          "video_message",
          "video/mp4",
          chat.between(3, 60));
      return false;
    }
    if (roll < 950) {
      file("video_files/giphy_" + id + ".mp4", "animation", "video/mp4", chat.between(1, 6));
      return false;
    }
    if (roll < 960) {
      file("video_files/VID_" + id + ".mp4", "video_file", "video/mp4", chat.between(5, 300));
      return chat.chance(0.5);
    }
    if (roll < 975) {
      file("files/document_" + id + ".pdf", null, "application/pdf", 0);
      return chat.chance(0.5);
    }
    if (roll < 985) {
      file("files/track_" + id + ".mp3", "audio_file", "audio/mpeg", chat.between(120, 400));
      return false;
    }
    if (roll < 993) {
      poll();
      return false;
    }
    json.writeObjectFieldStart("location_information");
    json.writeNumberField("latitude", 50.45 + chat.random.nextDouble() / 10);
    json.writeNumberField("longitude", 30.52 + chat.random.nextDouble() / 10);
    json.writeEndObject();
    return false;
  }

  /** Writes {@code text} as an entity array with a link, a mention, bold or a hashtag. */
  void writeRichText(String text, String someone) throws IOException {
    int cut = text.indexOf(' ') > 0 ? text.indexOf(' ') : text.length();
    String head = text.substring(0, cut);
    String tail = text.substring(cut);
    String[][] parts;
    switch (chat.random.nextInt(4)) {
      case 0 ->
          parts =
              new String[][] {
                {"plain", text + " "}, {"link", "https://example.com/p/" + chat.between(1, 99999)}
              };
      case 1 -> parts = new String[][] {{"mention", "@" + handle(someone)}, {"plain", " " + text}};
      case 2 -> parts = new String[][] {{"bold", head}, {"plain", tail}};
      default -> parts = new String[][] {{"plain", text + " "}, {"hashtag", "#новини"}};
    }
    json.writeArrayFieldStart("text");
    for (String[] part : parts) {
      if (part[0].equals("plain")) {
        json.writeString(part[1]);
      } else {
        entity(part);
      }
    }
    json.writeEndArray();
    json.writeArrayFieldStart("text_entities");
    for (String[] part : parts) {
      entity(part);
    }
    json.writeEndArray();
  }

  private void entity(String[] part) throws IOException {
    json.writeStartObject();
    json.writeStringField("type", part[0]);
    json.writeStringField("text", part[1]);
    json.writeEndObject();
  }

  private void file(String path, String mediaType, String mime, int seconds) throws IOException {
    json.writeStringField("file", path);
    json.writeStringField("thumbnail", NOT_INCLUDED);
    if (mediaType != null) {
      json.writeStringField("media_type", mediaType);
    }
    if (mime != null) {
      json.writeStringField("mime_type", mime);
    }
    if (seconds > 0) {
      json.writeNumberField("duration_seconds", seconds);
    }
  }

  private void poll() throws IOException {
    json.writeObjectFieldStart("poll");
    json.writeStringField("question", "Коли зустрічаємось?");
    json.writeBooleanField("closed", false);
    json.writeNumberField("total_voters", 5);
    json.writeArrayFieldStart("answers");
    for (String answer : new String[] {"Субота", "Неділя"}) {
      json.writeStartObject();
      json.writeStringField("text", answer);
      json.writeNumberField("voters", chat.between(0, 5));
      json.writeBooleanField("chosen", chat.chance(0.5));
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static String handle(String name) {
    return "user_" + Integer.toHexString(name.hashCode() & 0xffff);
  }
}
