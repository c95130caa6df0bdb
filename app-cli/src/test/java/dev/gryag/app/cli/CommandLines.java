package dev.gryag.app.cli;

import dev.gryag.app.cli.support.Databases;
import dev.gryag.core.analyzer.TextAnalyzer;
import java.time.Clock;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;

/** The whole {@code gryag} command line for the tests of each package, over what a test lends. */
public final class CommandLines {

  private CommandLines() {}

  /** The command line with {@code analyze} and {@code import} using these analyzers. */
  public static CommandLine with(Supplier<TextAnalyzer> analyzers) {
    return GryagCli.commandLine(analyzers);
  }

  /** The command line over the analyzers and the database given. */
  public static CommandLine with(Supplier<TextAnalyzer> analyzers, Databases databases) {
    return GryagCli.commandLine(analyzers, databases);
  }

  /** The command line with its environment and clock given too. */
  public static CommandLine with(
      Supplier<TextAnalyzer> analyzers,
      Databases databases,
      Map<String, String> environment,
      Clock clock) {
    return GryagCli.commandLine(analyzers, databases, environment, clock);
  }
}
