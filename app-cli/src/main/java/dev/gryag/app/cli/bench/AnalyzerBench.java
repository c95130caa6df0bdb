package dev.gryag.app.cli.bench;

import dev.gryag.app.cli.support.ExitCodes;
import dev.gryag.core.analyzer.AnalyzerConfig;
import dev.gryag.core.analyzer.LocalAnalyzer;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code gryag bench analyzer}: single-thread throughput of {@link LocalAnalyzer} on typical 5-30
 * word messages, cold (cache disabled, every message analysed) and warm (cache on, texts repeat),
 * with the bytes allocated per message.
 */
@Command(
    name = "analyzer",
    mixinStandardHelpOptions = true,
    description = {
      "Measures the local text analyzer on one thread: messages per second cold (no cache) and warm"
          + " (cache on, repeated texts), bytes allocated per message, and one 100,000-character"
          + " message. Prints the JDK and the number of cores."
    })
final class AnalyzerBench implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--messages",
      defaultValue = "20000",
      description = "Distinct messages generated for the cold run (default: ${DEFAULT-VALUE}).")
  int messages;

  @Option(
      names = "--repeated",
      defaultValue = "1000",
      description =
          "Distinct texts the warm run repeats, all held by the cache (default: ${DEFAULT-VALUE}).")
  int repeated;

  @Option(
      names = "--duration",
      defaultValue = "10",
      description = "Seconds each measured run lasts (default: ${DEFAULT-VALUE}).")
  double duration;

  @Option(
      names = "--warmup",
      defaultValue = "5",
      description =
          "Seconds of warm-up before measuring, so the JIT has compiled the hot code (default: ${DEFAULT-VALUE}).")
  double warmup;

  @Option(
      names = "--seed",
      defaultValue = "42",
      description = "Seed of the message generator (default: ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() {
    if (messages < 1 || repeated < 1 || !(duration > 0) || warmup < 0) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--messages and --repeated must be at least 1, --duration above 0, --warmup 0 or more");
    }
    if (!Measurement.supported()) {
      spec.commandLine().getErr().println("this JVM cannot measure thread CPU time and allocation");
      return ExitCodes.FAILURE.code();
    }
    PrintWriter out = spec.commandLine().getOut();
    BenchMessages source = BenchMessages.load();
    String[] cold = source.generate(messages, seed);
    String[] warm = source.generate(repeated, seed + 1);
    LocalAnalyzer uncached = new LocalAnalyzer(AnalyzerConfig.defaults().withCacheSize(0));
    LocalAnalyzer cached = new LocalAnalyzer(AnalyzerConfig.defaults().withCacheSize(2 * repeated));
    out.printf(
        Locale.ROOT,
        "JDK %s (%s), %d cores; one thread measures%n",
        Runtime.version(),
        System.getProperty("java.vm.name"),
        Runtime.getRuntime().availableProcessors());
    out.printf(
        Locale.ROOT,
        "messages: %d distinct, %.1f words on average (5-30)%n",
        cold.length,
        BenchMessages.meanWords(cold));
    out.flush();
    Measurement.run(uncached, cold, nanos(warmup));
    Measurement.run(cached, warm, nanos(warmup / 2));
    print(out, "cold (cache off)", Measurement.run(uncached, cold, nanos(duration)));
    print(
        out,
        "warm (cache on, " + warm.length + " texts)",
        Measurement.run(cached, warm, nanos(duration)));
    String all = String.join(" ", cold).repeat(1 + 100_000 / (messages * 20));
    String huge = all.substring(0, Math.min(100_000, all.length()));
    Measurement big =
        Measurement.run(uncached, new String[] {huge}, nanos(Math.min(duration, 2)), 1);
    out.printf(
        Locale.ROOT,
        "one %,d-char message          %,12.2f ms (CPU time)  %,12.0f bytes%n",
        huge.length(),
        big.cpuMillisPerMessage(),
        big.bytesPerMessage());
    out.flush();
    return ExitCodes.OK.code();
  }

  private static long nanos(double seconds) {
    return (long) (seconds * 1e9);
  }

  private static void print(PrintWriter out, String phase, Measurement m) {
    out.printf(
        Locale.ROOT,
        "%-28s %,12.0f msgs/s per core (CPU time)  %,12.0f msgs/s wall  %,8.0f bytes/msg  (%,d msgs)%n",
        phase,
        m.perCpuSecond(),
        m.perWallSecond(),
        m.bytesPerMessage(),
        m.messages());
    out.flush();
  }
}
