package dev.gryag.app.cli.backup;

import dev.gryag.adapter.persistence.DatabaseStartException;
import dev.gryag.app.cli.support.Databases;
import dev.gryag.app.cli.support.ExitCodes;
import dev.gryag.core.config.Sizes;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gryag restore}: reads a backup back, adding what the store does not hold. */
@Command(
    name = "restore",
    mixinStandardHelpOptions = true,
    usageHelpWidth = 100,
    description = {
      "Restore a backup gryag backup wrote into the bot's database, empty or not: each row is"
          + " added unless one with its key is there (nothing is duplicated or overwritten)."
          + " Each row is checked against the schema first. All or nothing: one transaction.",
      "What a forgotten member wrote, or was known by, up to their tombstone (gryag forget,"
          + " /forget, /optout) stays out and is counted; the backup's own tombstones are"
          + " restored and count too.",
      "The database is the bot's: DATABASE_URL, GRYAG_DB_*, else the embedded one in GRYAG_HOME."
    },
    footer = {
      "",
      "Examples:",
      "  gryag restore gryag-2026-11-21.jsonl.gz",
      "  GRYAG_HOME=/srv/gryag-new gryag restore /backups/gryag.jsonl.gz",
      "  gryag restore --max-bytes 20GiB big.jsonl.gz",
      "",
      "Exit codes: 0 ok, 1 the database cannot be started or written, 2 usage error, 3 FILE is"
          + " missing, unreadable, not a Gryag backup, of another schema version, holds a row"
          + " that does not fit the schema (the line is named), or is larger than --max-bytes.",
      "Documentation: docs/cli.md"
    })
public final class RestoreCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The backup (.jsonl.gz).")
  Path file;

  @Option(
      names = "--max-bytes",
      paramLabel = "SIZE",
      defaultValue = "4GiB",
      converter = MaxBytes.class,
      description =
          "Refuse a backup that decompresses to more than this (default: ${DEFAULT-VALUE}),"
              + " like 512MiB or 10GB.")
  long maxBytes;

  private final Databases databases;

  public RestoreCommand(Databases databases) {
    this.databases = Objects.requireNonNull(databases, "databases");
  }

  @Override
  public Integer call() {
    if (!Files.isRegularFile(file)) {
      return fail(ExitCodes.BAD_INPUT, "no such file: " + file);
    }
    try (Databases.Lease lease = databases.open();
        InputStream in = Files.newInputStream(file)) {
      Map<String, BackupReader.TableCounts> counts =
          new BackupReader(
                  lease.database().dataSource(), lease.schema(), lease.database().schemaVersion())
              .restore(in, file.toString(), maxBytes);
      PrintWriter out = spec.commandLine().getOut();
      out.printf("Restored %s into %s%n", file, lease.database().describe());
      counts.forEach((table, c) ->
          out.printf(
              "  %-20s %,12d rows, %,d added, %,d present already%s%n",
              table,
              c.rows(),
              c.inserted(),
              c.rows() - c.inserted() - c.forgotten(),
              c.forgotten() == 0
                  ? ""
                  : ", %,d of forgotten members left out".formatted(c.forgotten())));
      out.flush();
      return ExitCodes.OK.code();
    } catch (DatabaseStartException e) {
      return fail(ExitCodes.FAILURE, e.getMessage());
    } catch (BackupReader.BadBackupException e) {
      return fail(ExitCodes.BAD_INPUT, e.getMessage());
    } catch (SQLException e) {
      return fail(ExitCodes.FAILURE, "cannot restore into the database: " + e.getMessage());
    } catch (IOException e) {
      return fail(ExitCodes.BAD_INPUT, "cannot read " + file + ": " + e.getMessage());
    }
  }

  /** Sizes in the one grammar of the settings ({@code 4GiB}, {@code 10MB}), at least a byte. */
  static final class MaxBytes implements CommandLine.ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      long bytes;
      try {
        bytes = Sizes.parse(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage() + ", got \"" + value + "\"");
      }
      if (bytes < 1) {
        throw new CommandLine.TypeConversionException("must be at least 1 byte, got " + value);
      }
      return bytes;
    }
  }

  private int fail(ExitCodes code, String message) {
    PrintWriter err = spec.commandLine().getErr();
    err.println("gryag restore: " + message);
    err.flush();
    return code.code();
  }
}
