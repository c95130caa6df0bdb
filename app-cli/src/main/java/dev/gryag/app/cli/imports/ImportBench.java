package dev.gryag.app.cli.imports;

import dev.gryag.adapter.persistence.DatabaseConfig;
import dev.gryag.adapter.persistence.PostgresDatabase;
import dev.gryag.adapter.telegram.export.ChatSelection;
import dev.gryag.adapter.telegram.export.ExportReadOptions;
import dev.gryag.adapter.telegram.export.TelegramExportReader;
import dev.gryag.app.cli.support.BotServices;
import dev.gryag.app.cli.support.ExitCodes;
import dev.gryag.core.analyzer.LocalAnalyzer;
import dev.gryag.core.forgetting.Tombstones;
import dev.gryag.core.model.ChatId;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code gryag bench import}: imports an export into a fresh embedded PostgreSQL and prints the
 * rate, the peak memory and the database's size, then times the store's queries on the result.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Import an export into a fresh embedded PostgreSQL (a temporary GRYAG_HOME unless --home)"
          + " and print the rate (analysis and profile folding included), this JVM's peak"
          + " resident memory, the database size; then time recent-messages and search queries.",
      "Make a large export first: gryag bench generate-export --messages 1000000 -o 1m.json"
    },
    footer = {"", "Example: gryag bench import --export /tmp/1m.json --batch 2000"})
public final class ImportBench implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--export", required = true, paramLabel = "FILE", description = "The export.")
  Path export;

  @Option(
      names = "--home",
      paramLabel = "DIR",
      description = "The data folder to import into (default: a temporary one, deleted after).")
  Path home;

  @Option(
      names = "--batch",
      defaultValue = "5000",
      paramLabel = "N",
      description = "Messages per batch (default: ${DEFAULT-VALUE}).")
  int batch;

  @Option(
      names = "--queries",
      defaultValue = "2000",
      paramLabel = "N",
      description = "How many of each query to time after the import (default: ${DEFAULT-VALUE}).")
  int queries;

  @Override
  public Integer call() throws IOException {
    if (!Files.isRegularFile(export)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "no such file: " + export);
    }
    boolean temporary = home == null;
    Path folder = temporary ? Files.createTempDirectory("gryag-bench-import") : home;
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        "JDK %s, %d cores; export %s (%,d bytes)%n",
        Runtime.version(), Runtime.getRuntime().availableProcessors(), export, Files.size(export));
    try (PostgresDatabase database =
        PostgresDatabase.start(
            DatabaseConfig.fromEnvironment(Map.of(DatabaseConfig.HOME, folder.toString())))) {
      BotServices stores = ImportModule.stores(database);
      HistoryImport sink =
          new HistoryImport(
              stores.messages(),
              stores.cursors(),
              stores.people(),
              stores.get(Tombstones.class),
              LocalAnalyzer.withDefaults(),
              batch,
              0,
              () -> {},
              ImportModule.afterBatch(stores));
      long start = System.nanoTime();
      new TelegramExportReader(new ExportReadOptions(ZoneOffset.UTC, ChatSelection.all(), false))
          .read(export, sink);
      sink.flush();
      double seconds = (System.nanoTime() - start) / 1e9;
      ImportCounts counts = sink.counts(false);
      out.printf(
          "import: %,d messages read, %,d stored, %,d members, %,d facts in %.1f s: %,.0f"
              + " messages/s%n",
          counts.read(),
          counts.added(),
          counts.members(),
          counts.facts(),
          seconds,
          counts.read() / seconds);
      out.printf("peak RSS of this JVM (VmHWM; PostgreSQL apart): %s%n", peakRss());
      out.printf("database size: %,d MiB%n", databaseSize(database) >> 20);
      queries(stores, out, queries);
    } finally {
      if (temporary) {
        deleteTree(folder);
      }
    }
    out.flush();
    return ExitCodes.OK.code();
  }

  private static void queries(BotServices stores, PrintWriter out, int n) {
    List<ChatId> chats = stores.messages().chats();
    if (chats.isEmpty() || n < 1) {
      return;
    }
    ChatId chat = chats.get(0);
    long start = System.nanoTime();
    for (int i = 0; i < n; i++) {
      stores.messages().recent(chat, 50);
    }
    double recent = (System.nanoTime() - start) / 1e6 / n;
    String[] words = {"похід", "гори", "погода", "квитки", "meeting", "завтра", "кава", "дощ"};
    start = System.nanoTime();
    for (int i = 0; i < n; i++) {
      stores.messages().search(chat, words[i % words.length], Instant.now(), 10);
    }
    double search = (System.nanoTime() - start) / 1e6 / n;
    out.printf(
        "queries on chat %s: recent(50) %.2f ms, search(10) %.2f ms (mean of %,d each)%n",
        chat, recent, search, n);
  }

  private static String peakRss() {
    try (Stream<String> lines = Files.lines(Path.of("/proc/self/status"))) {
      return lines
          .filter(l -> l.startsWith("VmHWM:"))
          .map(l -> l.substring(6).strip())
          .findFirst()
          .orElse("unknown");
    } catch (IOException e) {
      return "unknown (" + e.getMessage() + ")";
    }
  }

  private static long databaseSize(PostgresDatabase database) {
    try (Connection c = database.dataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("select pg_database_size(current_database())")) {
      r.next();
      return r.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the database size: " + e.getMessage(), e);
    }
  }

  static void deleteTree(Path folder) {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + folder + ": " + e.getMessage(), e);
    }
  }
}
