package dev.gryag.app.cli.synthetic;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.gryag.app.cli.support.ExitCodes;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code gryag bench generate-export}: a synthetic Telegram Desktop export of any size. */
@Command(
    name = "generate-export",
    mixinStandardHelpOptions = true,
    description = {
      "Write a synthetic Telegram Desktop export (result.json) for benchmarks: a group of members"
          + " writing Ukrainian, Russian and English, with media, stickers, voice, replies,"
          + " entity arrays, forwards, edits, reactions and service events.",
      "Streams to disk in constant memory; the same --seed gives the same file."
    },
    footer = {"", "Example:", "  gryag bench generate-export --messages 1000000 -o /tmp/1m.json"})
public final class GenerateExportCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--messages",
      required = true,
      paramLabel = "N",
      description = "How many entries to write (about 1% of them service events).")
  long messages;

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "FILE",
      description = "Where to write the export.")
  Path output;

  @Option(
      names = "--members",
      defaultValue = "40",
      paramLabel = "M",
      description = "How many members write (default: ${DEFAULT-VALUE}).")
  int members;

  @Option(
      names = "--seed",
      defaultValue = "42",
      paramLabel = "S",
      description = "Seed of the random choices (default: ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() throws IOException {
    if (messages < 1 || members < 2) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--messages must be at least 1 and --members at least 2");
    }
    long started = System.nanoTime();
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(output), 1 << 16);
        JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
      json.setPrettyPrinter(telegramDesktopStyle());
      new SyntheticExport(json, new SyntheticChat(seed, members)).write(messages);
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    spec.commandLine()
        .getOut()
        .printf(
            "wrote %s: %,d entries, %,d bytes in %.1f s%n",
            output, messages, Files.size(output), seconds);
    return ExitCodes.OK.code();
  }

  /** One space per level and {@code "key": value}, as Telegram Desktop indents result.json. */
  private static DefaultPrettyPrinter telegramDesktopStyle() {
    DefaultIndenter indenter = new DefaultIndenter(" ", "\n");
    return new DefaultPrettyPrinter()
        .withSeparators(
            Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }
}
