package dev.gryag.app.cli.analyze;

import dev.gryag.adapter.telegram.export.ChatSelection;
import dev.gryag.adapter.telegram.export.ExportReadOptions;
import dev.gryag.app.cli.report.AnalysisResult;
import dev.gryag.app.cli.report.ReportFormat;
import dev.gryag.app.cli.report.ReportRenderer;
import dev.gryag.app.cli.support.ExitCodes;
import dev.gryag.app.cli.support.ProgressMeter;
import dev.gryag.app.cli.support.Terminals;
import dev.gryag.core.analytics.AnalyticsOptions;
import dev.gryag.core.analytics.ChatHeader;
import dev.gryag.core.analytics.MalformedHistoryException;
import dev.gryag.core.analyzer.TextAnalyzer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gryag analyze}: a report on a Telegram Desktop chat export. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpWidth = 100,
    description = {
      "Analyse a Telegram Desktop chat export (result.json): members, activity by hour and day,"
          + " who replies to whom, languages, sentiment, words, emoji, reactions, service events.",
      "Reads the file once, streaming, in constant memory; a single-chat export or a whole"
          + " account's (then every chat, or the one --chat names)."
    },
    footer = {
      "",
      "Examples:",
      "  gryag analyze docs/examples/carpathians-trip.json",
      "  gryag analyze result.json --chat \"Family\" --since 2024-01-01 --tz Europe/Kyiv",
      "  gryag analyze result.json --format html -o report.html",
      "  gryag analyze result.json --format json | jq .overview",
      "",
      "Exit codes: 0 ok, 1 unexpected failure, 2 usage error (bad option, no such chat),"
          + " 3 bad input (missing, unreadable or malformed export).",
      "Documentation: docs/cli.md"
    })
public final class AnalyzeCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(
      paramLabel = "FILE",
      description = "The export: result.json from Telegram Desktop (Export chat history, JSON).")
  Path file;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "terminal",
      description = "terminal, json or html (default: ${DEFAULT-VALUE}).")
  ReportFormat format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the report to FILE instead of standard output.")
  Path output;

  @Option(
      names = "--chat",
      paramLabel = "NAME|ID",
      description =
          "In a whole-account export, analyse only this chat (name ignoring case, or id).")
  String chat;

  @Option(
      names = "--since",
      paramLabel = "DATE",
      converter = DateBound.Converter.class,
      description =
          "Only what happened at or after DATE: 2024-03-01, 2024-03-01T18:30 (in --tz)"
              + " or 2024-03-01T18:30:00Z.")
  DateBound since;

  @Option(
      names = "--until",
      paramLabel = "DATE",
      converter = DateBound.Converter.class,
      description = "Only what happened before DATE; a date alone includes its whole day.")
  DateBound until;

  @Option(
      names = "--tz",
      paramLabel = "ZONE",
      description =
          "Time zone of days, hours and weekdays, and of old exports' local dates"
              + " (default: the system's, ${sys:user.timezone}).")
  ZoneId zone;

  @Option(
      names = "--top",
      paramLabel = "N",
      defaultValue = "10",
      description =
          "Entries in each top list: words, emoji, reactions, messages (1-1000,"
              + " default: ${DEFAULT-VALUE}).")
  int top;

  @Option(
      names = "--lenient",
      description =
          "Skip messages that cannot be read (and count them) instead of failing;"
              + " keep what was read when the file ends early.")
  boolean lenient;

  @Option(
      names = {"-q", "--quiet"},
      description = "No progress bar and no notes on standard error.")
  boolean quiet;

  @Option(
      names = "--color",
      paramLabel = "WHEN",
      defaultValue = "auto",
      description =
          "Colour in the terminal report: auto, always or never (default: ${DEFAULT-VALUE}).")
  ColorMode color;

  private final Supplier<TextAnalyzer> analyzers;

  public AnalyzeCommand(Supplier<TextAnalyzer> analyzers) {
    this.analyzers = Objects.requireNonNull(analyzers, "analyzers");
  }

  @Override
  public Integer call() {
    ZoneId tz = zone != null ? zone : ZoneId.systemDefault();
    AnalyticsOptions counting = counting(tz);
    ExportReadOptions reading =
        new ExportReadOptions(
            tz, chat == null ? ChatSelection.all() : ChatSelection.matching(chat), lenient);
    if (!Files.isRegularFile(file)) {
      return badInput("no such file: " + file);
    }
    AnalysisResult result;
    try {
      result =
          new AnalysisRun(analyzers.get(), Runtime.getRuntime().availableProcessors())
              .run(file, reading, counting, meter());
    } catch (MalformedHistoryException e) {
      return badInput(e.getMessage() + (lenient ? "" : " (--lenient skips unreadable messages)"));
    } catch (UncheckedIOException e) {
      return badInput(e.getMessage());
    }
    if (chat != null && result.read().chats().isEmpty()) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "no chat matches --chat '" + chat + "'; " + chatsIn(result));
    }
    noteSkipped(result);
    return write(result);
  }

  private AnalyticsOptions counting(ZoneId tz) {
    if (top < 1 || top > 1000) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--top must be between 1 and 1000, was " + top);
    }
    Instant from = since == null ? null : since.start(tz);
    Instant to = until == null ? null : until.end(tz);
    if (from != null && to != null && !from.isBefore(to)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--since " + since.text() + " is not before --until " + until.text());
    }
    return new AnalyticsOptions(tz, top, from, to);
  }

  private ProgressMeter meter() throws UncheckedIOException {
    if (quiet || !Terminals.isTerminal(Terminals.STDERR)) {
      return ProgressMeter.silent();
    }
    try {
      return ProgressMeter.onTerminal(
          "Reading " + file.getFileName(), Files.size(file), System.err);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private int write(AnalysisResult result) {
    ReportRenderer renderer = format.renderer(format == ReportFormat.TERMINAL && color.enabled());
    try {
      if (output == null) {
        renderer.render(result, spec.commandLine().getOut());
        return ExitCodes.OK.code();
      }
      try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
        renderer.render(result, out);
      }
      note(String.format("wrote %s (%,d bytes)", output, Files.size(output)));
      return ExitCodes.OK.code();
    } catch (IOException e) {
      return badInput("cannot write " + output + ": " + e.getMessage());
    }
  }

  private void noteSkipped(AnalysisResult result) {
    if (result.read().skipped() > 0) {
      note(
          String.format(
              "skipped %,d unreadable message(s); first: %s",
              result.read().skipped(), result.read().problems().get(0)));
    }
    if (result.read().truncated()) {
      note("the file ends early; the report covers what came before");
    }
  }

  private static String chatsIn(AnalysisResult result) {
    var chats = result.read().skippedChats();
    if (chats.isEmpty()) {
      return "the export holds no chat";
    }
    String names =
        chats.stream().limit(20).map(AnalyzeCommand::describe).collect(Collectors.joining(", "));
    return "the export holds: " + names + (chats.size() > 20 ? ", ..." : "");
  }

  private static String describe(ChatHeader chat) {
    return (chat.name().isBlank() ? "(" + chat.type() + ")" : "'" + chat.name() + "'")
        + " (id "
        + chat.id()
        + ")";
  }

  private void note(String line) {
    if (!quiet) {
      spec.commandLine().getErr().println("gryag analyze: " + line);
    }
  }

  private int badInput(String message) {
    PrintWriter err = spec.commandLine().getErr();
    err.println("gryag analyze: " + message);
    err.flush();
    return ExitCodes.BAD_INPUT.code();
  }
}
