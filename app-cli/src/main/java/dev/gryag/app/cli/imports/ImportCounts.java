package dev.gryag.app.cli.imports;

/**
 * What {@code gryag import} did with an export's entries.
 *
 * @param read messages read from the export (service entries apart)
 * @param added messages stored by this run
 * @param present messages already in the store (an earlier import, or the bot saw them live)
 * @param service service entries (joins, pins, ...), not stored
 * @param repeated messages whose id came earlier in the same chat, not stored
 * @param noId messages without a usable id (0), not stored
 * @param noAuthor messages whose sender the export does not identify by a numeric id, not stored
 * @param ofForgotten messages of members forgotten after writing them, or who opted out, not stored
 * @param members distinct authors whose profiles this run folded messages into
 * @param facts facts known about those members after the run
 * @param skippedChats chats whose type or id cannot be mapped to a Bot API chat id
 * @param stopped true when the run stopped at {@code --limit} before the end of the export
 */
record ImportCounts(
    long read,
    long added,
    long present,
    long service,
    long repeated,
    long noId,
    long noAuthor,
    long ofForgotten,
    long members,
    long facts,
    long skippedChats,
    boolean stopped) {

  /** Messages read but not stored for a reason other than being present already. */
  long skipped() {
    return repeated + noId + noAuthor + ofForgotten;
  }
}
