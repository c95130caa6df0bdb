package dev.gryag.adapter.telegram.export;

import java.time.ZoneId;
import java.util.Objects;

/**
 * How {@link TelegramExportReader} reads an export.
 *
 * @param localZone the zone an export's local {@code date} strings are read in when a message has
 *     no {@code date_unixtime} (exports before 2021, anonymised ones): Telegram Desktop writes them
 *     in the exporting computer's zone, which the export does not record
 * @param chats which chats to read
 * @param lenient true to skip messages that cannot be read (and count them) instead of failing, and
 *     to keep what was read when the file ends early
 */
public record ExportReadOptions(ZoneId localZone, ChatSelection chats, boolean lenient) {

  public ExportReadOptions {
    Objects.requireNonNull(localZone, "localZone");
    Objects.requireNonNull(chats, "chats");
  }

  /** Every chat, strict, local dates in {@code localZone}. */
  public static ExportReadOptions strict(ZoneId localZone) {
    return new ExportReadOptions(localZone, ChatSelection.all(), false);
  }
}
