package dev.gryag.core.analytics;

import dev.gryag.core.model.MediaKind;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The totals of an analysed history.
 *
 * @param chats the chats analysed, in archive order
 * @param zone the time zone days and hours are counted in
 * @param since the start of the analysed window (inclusive), or null for the beginning
 * @param until the end of the analysed window (exclusive), or null for the end
 * @param first the earliest entry analysed, or null when there was none
 * @param last the latest entry analysed, or null when there was none
 * @param messages messages posted
 * @param textMessages messages with text or a caption
 * @param serviceEvents service entries (joins, pins, ...)
 * @param members distinct members who posted
 * @param words words written
 * @param characters characters written (grapheme clusters)
 * @param media media attached, by kind, kinds never used left out
 * @param edited messages edited after sending
 * @param forwarded messages forwarded from elsewhere
 * @param reactions reactions received, all kinds summed
 * @param activeDays calendar days with at least one message
 */
public record Overview(
    List<ChatHeader> chats,
    ZoneId zone,
    Instant since,
    Instant until,
    Instant first,
    Instant last,
    long messages,
    long textMessages,
    long serviceEvents,
    long members,
    long words,
    long characters,
    Map<MediaKind, Long> media,
    long edited,
    long forwarded,
    long reactions,
    long activeDays) {

  public Overview {
    chats = List.copyOf(chats);
    Objects.requireNonNull(zone, "zone");
    media = Copies.enumMap(MediaKind.class, media);
  }

  /** Media of any kind. */
  public long mediaTotal() {
    return media.values().stream().mapToLong(Long::longValue).sum();
  }
}
