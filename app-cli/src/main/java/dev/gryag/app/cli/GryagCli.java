package dev.gryag.app.cli;

import dev.gryag.app.cli.bench.BenchCommand;
import dev.gryag.core.analyzer.LocalAnalyzer;
import dev.gryag.core.analyzer.TextAnalyzer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code gryag} command: the entry point of every offline Gryag tool. */
@Command(
    name = "gryag",
    mixinStandardHelpOptions = true,
    versionProvider = GryagCli.Version.class,
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
public final class GryagCli implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Exit code for input that cannot be read (a malformed export, a missing file). */
  public static final int EXIT_BAD_INPUT = 3;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
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
    CommandLine cli = new CommandLine(new GryagCli());
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
    return cli;
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** Reports the build's version and the JVM it runs on. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {
        "gryag " + projectVersion(),
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

    static String projectVersion() {
      try (InputStream in = GryagCli.class.getResourceAsStream("version.properties")) {
        if (in == null) {
          throw new IllegalStateException("version.properties is missing from the gryag jar");
        }
        Properties properties = new Properties();
        properties.load(in);
        return properties.getProperty("version");
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read version.properties from the gryag jar", e);
      }
    }
  }
}
