package dev.gryag.app.cli.imports;

import dev.gryag.adapter.persistence.PostgresDatabase;
import dev.gryag.app.cli.support.BotServices;
import dev.gryag.core.analytics.ChatHeader;
import dev.gryag.core.analytics.HistoryEntry;
import dev.gryag.core.analyzer.TextAnalyzer;
import dev.gryag.core.context.MessageStore;
import dev.gryag.core.conversation.CursorStore;
import dev.gryag.core.forgetting.Tombstones;
import dev.gryag.core.personalization.PersonalizationService;
import java.nio.file.Path;
import java.util.List;

/**
 * Loads a history that a command built itself (not read from an export file) the way {@code gryag
 * import} loads an export: stored in batches, folded into the members' profiles, cursor recorded.
 * For benchmarks that must see exactly what an imported chat looks like to the bot.
 */
public final class ImportedChat {

  private static final int BATCH = 5000;

  private ImportedChat() {}

  /** The bot's services over {@code database} as an import wires them. */
  public static BotServices stores(PostgresDatabase database) {
    return ImportModule.stores(database);
  }

  /** Imports one chat's entries into the stores an import wires ({@link #stores}). */
  public static void load(
      BotServices stores, TextAnalyzer analyzer, ChatHeader chat, List<HistoryEntry> entries) {
    load(
        stores.messages(),
        stores.cursors(),
        stores.people(),
        stores.get(Tombstones.class),
        analyzer,
        ImportModule.afterBatch(stores),
        chat,
        entries);
  }

  /** Imports one chat's entries into the stores given, e.g. in-memory ones. */
  public static void load(
      MessageStore messages,
      CursorStore cursors,
      PersonalizationService people,
      Tombstones tombstones,
      TextAnalyzer analyzer,
      Runnable afterBatch,
      ChatHeader chat,
      List<HistoryEntry> entries) {
    HistoryImport sink =
        new HistoryImport(
            messages, cursors, people, tombstones, analyzer, BATCH, 0, () -> {}, afterBatch);
    sink.beginChat(chat);
    entries.forEach(sink::accept);
    sink.flush();
  }

  /** Deletes a temporary data folder and all it holds. */
  public static void deleteTree(Path folder) {
    ImportBench.deleteTree(folder);
  }
}
