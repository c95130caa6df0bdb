package dev.gryag.app.cli.backup;

import dev.gryag.adapter.persistence.DatabaseStartException;
import dev.gryag.app.cli.support.Databases;
import dev.gryag.app.cli.support.ExitCodes;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gryag backup}: the bot's data as gzip-compressed JSON lines. */
@Command(
    name = "backup",
    mixinStandardHelpOptions = true,
    usageHelpWidth = 100,
    description = {
      "Write the bot's data — chats, messages, cursors, settings, profiles, facts, preferences,"
          + " summaries — to FILE as gzip-compressed JSON lines, one consistent snapshot;"
          + " gryag restore reads it back.",
      "The database is the bot's: DATABASE_URL, GRYAG_DB_*, else the embedded one in GRYAG_HOME."
    },
    footer = {
      "",
      "Examples:",
      "  gryag backup gryag-2026-11-21.jsonl.gz",
      "  GRYAG_HOME=/srv/gryag gryag backup /backups/gryag.jsonl.gz --force",
      "",
      "Exit codes: 0 ok, 1 the database cannot be started or read, 2 usage error, 3 FILE"
          + " exists (without --force) or cannot be written.",
      "Documentation: docs/cli.md"
    })
public final class BackupCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "Where to write the backup (.jsonl.gz).")
  Path file;

  @Option(names = "--force", description = "Replace FILE if it exists.")
  boolean force;

  private final Databases databases;

  public BackupCommand(Databases databases) {
    this.databases = Objects.requireNonNull(databases, "databases");
  }

  @Override
  public Integer call() {
    if (Files.exists(file) && !force) {
      return fail(ExitCodes.BAD_INPUT, file + " exists; give --force to replace it");
    }
    Path absolute = file.toAbsolutePath();
    Path partial = absolute.resolveSibling(absolute.getFileName() + ".partial");
    try (Databases.Lease lease = databases.open()) {
      Map<String, Long> counts;
      try (OutputStream out = Files.newOutputStream(partial)) {
        counts =
            BackupWriter.write(
                lease.database().dataSource(),
                lease.schema(),
                lease.database().schemaVersion(),
                out);
      }
      Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
      PrintWriter out = spec.commandLine().getOut();
      out.printf(
          "Backed up %s to %s (%,d bytes)%n", lease.database().describe(), file, Files.size(file));
      counts.forEach((table, rows) -> out.printf("  %-20s %,12d rows%n", table, rows));
      out.flush();
      return ExitCodes.OK.code();
    } catch (DatabaseStartException e) {
      return fail(ExitCodes.FAILURE, e.getMessage());
    } catch (SQLException e) {
      deleteQuietly(partial);
      return fail(ExitCodes.FAILURE, "cannot read the database: " + e.getMessage());
    } catch (IOException e) {
      deleteQuietly(partial);
      return fail(ExitCodes.BAD_INPUT, "cannot write " + file + ": " + e.getMessage());
    }
  }

  private void deleteQuietly(Path partial) {
    try {
      Files.deleteIfExists(partial);
    } catch (IOException e) {
      spec.commandLine()
          .getErr()
          .println("gryag backup: could not delete " + partial + ": " + e.getMessage());
    }
  }

  private int fail(ExitCodes code, String message) {
    PrintWriter err = spec.commandLine().getErr();
    err.println("gryag backup: " + message);
    err.flush();
    return code.code();
  }
}
