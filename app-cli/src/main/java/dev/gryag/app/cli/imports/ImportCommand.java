package dev.gryag.app.cli.imports;

import dev.gryag.adapter.persistence.DatabaseStartException;
import dev.gryag.adapter.telegram.export.ChatSelection;
import dev.gryag.adapter.telegram.export.ExportReadOptions;
import dev.gryag.adapter.telegram.export.ExportReadSummary;
import dev.gryag.adapter.telegram.export.TelegramExportReader;
import dev.gryag.app.cli.support.BotServices;
import dev.gryag.app.cli.support.Databases;
import dev.gryag.app.cli.support.ExitCodes;
import dev.gryag.app.cli.support.ProgressMeter;
import dev.gryag.app.cli.support.Terminals;
import dev.gryag.core.StoreException;
import dev.gryag.core.analytics.MalformedHistoryException;
import dev.gryag.core.analyzer.TextAnalyzer;
import dev.gryag.core.forgetting.Tombstones;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gryag import}: loads a Telegram Desktop export into the bot's store. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpWidth = 100,
    description = {
      "Load a Telegram Desktop export (result.json) into the bot's store, so that it starts warm:"
          + " the messages, their authors' profiles and the facts they state.",
      "Idempotent (importing again adds nothing) and resumable (an interrupted import goes on"
          + " where it stopped). Uses the bot's database: DATABASE_URL, GRYAG_DB_*, GRYAG_HOME."
    },
    footer = {
      "",
      "Examples:",
      "  gryag import result.json",
      "  gryag import result.json --chat \"Family\" --tz Europe/Kyiv",
      "  GRYAG_HOME=/srv/gryag gryag import result.json --batch 5000",
      "",
      "Exit codes: 0 ok, 1 failure (the database cannot be started or used), 2 usage error,"
          + " 3 bad input (missing, unreadable or malformed export).",
      "Documentation: docs/cli.md"
    })
public final class ImportCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The export: result.json from Telegram Desktop.")
  Path file;

  @Option(
      names = "--chat",
      paramLabel = "NAME|ID",
      description = "In a whole-account export, import only this chat (name ignoring case, or id).")
  String chat;

  @Option(
      names = "--batch",
      paramLabel = "N",
      defaultValue = "5000",
      description = "Messages stored per batch (1-100000, default: ${DEFAULT-VALUE}).")
  int batch;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "0",
      description =
          "Stop once at least N new messages are stored (at the end of a batch); a later run"
              + " imports the rest. Default 0: no limit.")
  long limit;

  @Option(
      names = "--tz",
      paramLabel = "ZONE",
      description =
          "The zone old exports' local dates are read in (default: the system's,"
              + " ${sys:user.timezone}).")
  ZoneId zone;

  @Option(
      names = {"-q", "--quiet"},
      description = "No progress bar.")
  boolean quiet;

  private final Supplier<TextAnalyzer> analyzers;
  private final Databases databases;

  public ImportCommand(Supplier<TextAnalyzer> analyzers, Databases databases) {
    this.analyzers = Objects.requireNonNull(analyzers, "analyzers");
    this.databases = Objects.requireNonNull(databases, "databases");
  }

  @Override
  public Integer call() {
    if (batch < 1 || batch > 100_000) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--batch must be between 1 and 100000, was " + batch);
    }
    if (limit < 0) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--limit must not be negative, was " + limit);
    }
    if (!Files.isRegularFile(file)) {
      return fail(ExitCodes.BAD_INPUT, "no such file: " + file);
    }
    try (Databases.Lease lease = databases.open()) {
      return run(ImportModule.stores(lease.database()));
    } catch (DatabaseStartException e) {
      return fail(ExitCodes.FAILURE, e.getMessage());
    } catch (StoreException e) {
      return fail(
          ExitCodes.FAILURE,
          e.getMessage() + " (what was imported before stays; run again to go on)");
    }
  }

  private int run(BotServices stores) {
    long start = System.nanoTime();
    ExportReadOptions options =
        new ExportReadOptions(
            zone != null ? zone : ZoneId.systemDefault(),
            chat == null ? ChatSelection.all() : ChatSelection.matching(chat),
            false);
    ExportReadSummary summary = null;
    boolean stopped = false;
    HistoryImport sink;
    try (ProgressMeter meter = meter()) {
      sink =
          new HistoryImport(
              stores.messages(),
              stores.cursors(),
              stores.people(),
              stores.get(Tombstones.class),
              analyzers.get(),
              batch,
              limit,
              meter::message,
              ImportModule.afterBatch(stores));
      try {
        summary =
            new TelegramExportReader(options).read(meter.track(open()), file.toString(), sink);
        sink.flush();
      } catch (HistoryImport.LimitReached e) {
        stopped = true;
      }
    } catch (MalformedHistoryException | UncheckedIOException e) {
      return fail(ExitCodes.BAD_INPUT, e.getMessage());
    }
    if (summary != null && chat != null && summary.chats().isEmpty()) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "no chat matches --chat '" + chat + "'");
    }
    ImportCounts counts = sink.counts(stopped);
    new ImportReport(counts, System.nanoTime() - start)
        .print(spec.commandLine().getOut(), file, stores.database().describe());
    return ExitCodes.OK.code();
  }

  private java.io.InputStream open() {
    try {
      return Files.newInputStream(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private ProgressMeter meter() {
    if (quiet || !Terminals.isTerminal(Terminals.STDERR)) {
      return ProgressMeter.silent();
    }
    try {
      return ProgressMeter.onTerminal(
          "Importing " + file.getFileName(), Files.size(file), System.err);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private int fail(ExitCodes code, String message) {
    PrintWriter err = spec.commandLine().getErr();
    err.println("gryag import: " + message);
    err.flush();
    return code.code();
  }
}
