package dev.gryag.app.cli;

import dev.gryag.app.cli.analyze.AnalyzeCommand;
import dev.gryag.app.cli.backup.BackupCommand;
import dev.gryag.app.cli.backup.RestoreCommand;
import dev.gryag.app.cli.bench.BenchCommand;
import dev.gryag.app.cli.cleanup.CleanupCommand;
import dev.gryag.app.cli.db.DbCommand;
import dev.gryag.app.cli.imports.ImportBench;
import dev.gryag.app.cli.imports.ImportCommand;
import dev.gryag.app.cli.members.ForgetCommand;
import dev.gryag.app.cli.members.ProfileCommand;
import dev.gryag.app.cli.support.CliSettings;
import dev.gryag.app.cli.support.Databases;
import dev.gryag.app.cli.support.ExitCodes;
import dev.gryag.app.cli.support.TerminalSafeWriter;
import dev.gryag.app.cli.support.Version;
import dev.gryag.core.analyzer.LocalAnalyzer;
import dev.gryag.core.analyzer.TextAnalyzer;
import dev.gryag.core.config.Configuration;
import dev.gryag.core.config.ConfigurationException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code gryag} command: the entry point of every offline Gryag tool. Each subcommand lives in
 * the package of what it does ({@code analyze}, {@code imports}, {@code cleanup}, …); this class
 * only puts them together.
 */
@Command(
    name = "gryag",
    mixinStandardHelpOptions = true,
    versionProvider = GryagCli.VersionProvider.class,
    description = {
      "Gryag: a toolkit for Telegram group-chat bots that remember the conversation and its"
          + " people.",
      "Analyse a Telegram Desktop chat export, load it into the bot's store, look after the"
          + " database."
    },
    footer = {
      "",
      "Exit codes: 0 ok, 1 failure, 2 usage error, 3 bad input. Documentation: docs/cli.md"
    },
    subcommands = {CommandLine.HelpCommand.class, BenchCommand.class})
public final class GryagCli implements Callable<Integer> {

  private static final String GUICE_BYTECODE = "guice_bytecode_gen_option";

  @Option(
      names = "--print-config",
      description =
          "Print the effective value of every key the commands read (database, LLM, retention;"
              + " secrets masked) and exit.")
  boolean printConfig;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private final Map<String, String> environment;

  private GryagCli(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
  }

  @Override
  public Integer call() {
    if (!printConfig) {
      spec.commandLine().usage(spec.commandLine().getOut());
      return ExitCodes.OK.code();
    }
    try {
      spec.commandLine()
          .getOut()
          .print(Configuration.of(CliSettings.all(), environment).describe());
      spec.commandLine().getOut().flush();
      return ExitCodes.OK.code();
    } catch (ConfigurationException e) {
      spec.commandLine().getErr().println("gryag: " + e.getMessage());
      return ExitCodes.USAGE.code();
    }
  }

  /** Builds the command line with every subcommand; tests run it in-process. */
  public static CommandLine commandLine() {
    return commandLine(LocalAnalyzer::withDefaults);
  }

  /** The command line with {@code analyze} using the analyzers {@code analyzers} makes. */
  static CommandLine commandLine(Supplier<TextAnalyzer> analyzers) {
    return commandLine(
        analyzers, Databases.fromEnvironment(System.getenv()), System.getenv(), Clock.systemUTC());
  }

  /** The command line over the analyzers and the database given; tests lend theirs. */
  static CommandLine commandLine(Supplier<TextAnalyzer> analyzers, Databases databases) {
    return commandLine(analyzers, databases, Map.of(), Clock.systemUTC());
  }

  /** The command line with its environment and clock given, for tests. */
  static CommandLine commandLine(
      Supplier<TextAnalyzer> analyzers,
      Databases databases,
      Map<String, String> environment,
      Clock clock) {
    // Settles the JVM's zone, which sets user.timezone: --tz's help names it as the default.
    TimeZone.getDefault();
    CommandLine cli = new CommandLine(new GryagCli(environment));
    cli.addSubcommand(new AnalyzeCommand(analyzers));
    cli.addSubcommand(new ImportCommand(analyzers, databases));
    cli.addSubcommand(new DbCommand(databases));
    cli.addSubcommand(new CleanupCommand(databases, environment, clock));
    cli.addSubcommand(new ProfileCommand(databases));
    cli.addSubcommand(new ForgetCommand(databases));
    cli.addSubcommand(new BackupCommand(databases));
    cli.addSubcommand(new RestoreCommand(databases));
    cli.getSubcommands().get("bench").addSubcommand(new ImportBench());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    exitCodes(cli);
    return cli;
  }

  /** Picocli's own exit codes (a bad option, an exception let through) are {@link ExitCodes}. */
  private static void exitCodes(CommandLine command) {
    command
        .getCommandSpec()
        .exitCodeOnSuccess(ExitCodes.OK.code())
        .exitCodeOnUsageHelp(ExitCodes.OK.code())
        .exitCodeOnVersionHelp(ExitCodes.OK.code())
        .exitCodeOnInvalidInput(ExitCodes.USAGE.code())
        .exitCodeOnExecutionException(ExitCodes.FAILURE.code());
    command.getSubcommands().values().forEach(GryagCli::exitCodes);
  }

  public static void main(String[] args) {
    // Guice (the commands' store wiring) would define classes through sun.misc.Unsafe, which JDK
    // 24+ warns about on standard error; reflection is quick enough for one injector a command.
    if (System.getProperty(GUICE_BYTECODE) == null) {
      System.setProperty(GUICE_BYTECODE, "DISABLED");
    }
    CommandLine cli = commandLine();
    // Error lines quote what the user handed in: keep its escape sequences off the terminal.
    cli.setErr(
        new PrintWriter(
            new TerminalSafeWriter(new OutputStreamWriter(System.err, System.err.charset())),
            true));
    System.exit(cli.execute(args));
  }

  /** Reports the build's version and the JVM it runs on. */
  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {
        "gryag " + Version.project(),
        "JVM: "
            + System.getProperty("java.vm.name")
            + " "
            + Runtime.version()
            + " ("
            + System.getProperty("java.vendor")
            + "), "
            + Runtime.getRuntime().availableProcessors()
            + " cores",
        "OS: " + System.getProperty("os.name") + " " + System.getProperty("os.arch")
      };
    }
  }
}
