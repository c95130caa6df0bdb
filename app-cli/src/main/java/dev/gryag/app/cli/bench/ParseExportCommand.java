package dev.gryag.app.cli.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.gryag.adapter.telegram.export.ExportReadOptions;
import dev.gryag.adapter.telegram.export.ExportReadSummary;
import dev.gryag.adapter.telegram.export.TelegramExportReader;
import dev.gryag.app.cli.support.ExitCodes;
import dev.gryag.core.analytics.HistoryEntry;
import dev.gryag.core.analytics.HistorySink;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code gryag bench parse}: streams an export without analysing it and prints how fast: the bare
 * JSON tokens ({@code --mode tokens}: Jackson's tokenizer alone, string values not even decoded,
 * the practical limit of any streaming analysis), the tokens with every string decoded ({@code
 * --mode strings}), or the export reader's entries ({@code --mode read}).
 */
@Command(
    name = "parse",
    mixinStandardHelpOptions = true,
    description = {
      "Stream an export without analysing it and print the throughput: the baseline that"
          + " gryag analyze is measured against."
    },
    footer = {"", "Example:", "  gryag bench parse /tmp/1m.json --mode tokens"})
final class ParseExportCommand implements Callable<Integer> {

  /** What to do with the file. */
  enum Mode {
    /** Jackson's parser alone: every token, string values not even decoded. */
    TOKENS,
    /** Jackson's parser decoding every string value, as reading messages must. */
    STRINGS,
    /** The export reader: every message decoded into an entry, then dropped. */
    READ
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The export to stream.")
  Path file;

  @Option(
      names = "--mode",
      defaultValue = "tokens",
      paramLabel = "MODE",
      description = "tokens, strings or read (default: ${DEFAULT-VALUE}).")
  Mode mode;

  @Override
  public Integer call() throws IOException {
    long started = System.nanoTime();
    long count = mode == Mode.READ ? entries() : tokens(mode == Mode.STRINGS);
    double seconds = (System.nanoTime() - started) / 1e9;
    long bytes = Files.size(file);
    spec.commandLine()
        .getOut()
        .printf(
            "%s %s: %,d %s, %,d bytes in %.2f s (%.0f MB/s, %,.0f %s/s)%n",
            mode.name().toLowerCase(java.util.Locale.ROOT),
            file,
            count,
            mode == Mode.READ ? "entries" : "tokens",
            bytes,
            seconds,
            bytes / 1e6 / seconds,
            count / seconds,
            mode == Mode.READ ? "entries" : "tokens");
    return ExitCodes.OK.code();
  }

  private long tokens(boolean decodeStrings) throws IOException {
    long tokens = 0;
    try (InputStream in = Files.newInputStream(file);
        JsonParser parser = new JsonFactory().createParser(in)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        tokens++;
        if (decodeStrings && token == JsonToken.VALUE_STRING) {
          parser.getText();
        }
      }
    }
    return tokens;
  }

  private long entries() {
    long[] entries = {0};
    HistorySink counter = (HistoryEntry entry) -> entries[0]++;
    ExportReadSummary summary =
        new TelegramExportReader(ExportReadOptions.strict(ZoneId.systemDefault()))
            .read(file, counter);
    return summary.entries();
  }
}
