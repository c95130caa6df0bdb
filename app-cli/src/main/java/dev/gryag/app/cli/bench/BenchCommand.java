package dev.gryag.app.cli.bench;

import dev.gryag.app.cli.bench.memory.MemoryBench;
import dev.gryag.app.cli.synthetic.GenerateExportCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code gryag bench}: performance benchmarks that print their figures (never tests). */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Runs a benchmark and prints its figures: throughput, allocation, the JDK and the cores.",
      "Figures depend on the machine and on what else runs on it; see docs/analyzer.md and"
          + " docs/cli.md."
    },
    subcommands = {
      AnalyzerBench.class,
      ConversationBench.class,
      PersonalizationBench.class,
      MemoryBench.class,
      GenerateExportCommand.class,
      ParseExportCommand.class
    })
public final class BenchCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
