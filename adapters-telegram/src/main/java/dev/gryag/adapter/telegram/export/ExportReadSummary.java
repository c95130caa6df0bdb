package dev.gryag.adapter.telegram.export;

import dev.gryag.core.analytics.ChatHeader;
import java.util.List;

/**
 * What {@link TelegramExportReader#read} read.
 *
 * @param chats the chats read, in file order
 * @param skippedChats the chats the selection left out, in file order
 * @param messages messages passed on
 * @param serviceEvents service entries passed on
 * @param unsupported entries Telegram Desktop could not export ({@code "type": "unsupported"}), not
 *     passed on
 * @param skipped messages that could not be read and were skipped (lenient mode only)
 * @param problems where and why the first skipped messages could not be read, at most {@value
 *     TelegramExportReader#PROBLEMS_KEPT}
 * @param truncated true when the file ended early and lenient mode kept what came before
 */
public record ExportReadSummary(
    List<ChatHeader> chats,
    List<ChatHeader> skippedChats,
    long messages,
    long serviceEvents,
    long unsupported,
    long skipped,
    List<String> problems,
    boolean truncated) {

  public ExportReadSummary {
    chats = List.copyOf(chats);
    skippedChats = List.copyOf(skippedChats);
    problems = List.copyOf(problems);
  }

  /** Entries passed on to the sink. */
  public long entries() {
    return messages + serviceEvents;
  }
}
