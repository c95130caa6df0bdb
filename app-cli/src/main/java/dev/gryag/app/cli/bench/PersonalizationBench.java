package dev.gryag.app.cli.bench;

import dev.gryag.app.cli.support.ExitCodes;
import dev.gryag.core.cleanup.CleanupOptions;
import dev.gryag.core.cleanup.CleanupReport;
import dev.gryag.core.cleanup.CleanupService;
import dev.gryag.core.cleanup.RetentionPolicy;
import dev.gryag.core.cleanup.RetentionTarget;
import dev.gryag.core.cleanup.RetentionTargets;
import dev.gryag.core.personalization.FactExtractor;
import dev.gryag.core.personalization.InMemoryFactStore;
import dev.gryag.core.personalization.InMemoryPreferenceStore;
import dev.gryag.core.personalization.InMemoryProfileStore;
import dev.gryag.core.personalization.MemberProfile;
import dev.gryag.core.personalization.PersonalizationService;
import dev.gryag.core.personalization.PersonalizationSettings;
import dev.gryag.core.personalization.ProfileFolder;
import dev.gryag.core.personalization.ProfileSettings;
import dev.gryag.core.personalization.RuleBasedFactExtractor;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code gryag bench personalization}: prints how long folding a message into a profile takes, how
 * long the whole {@code observe} takes on in-memory stores, and how fast cleanup removes profiles
 * and facts. Figures, not assertions: run it on a quiet machine.
 */
@Command(
    name = "personalization",
    mixinStandardHelpOptions = true,
    description = {
      "Measures profile folding, observe and cleanup on in-memory stores and prints the figures."
    })
public final class PersonalizationBench implements Callable<Integer> {

  @Option(
      names = "--messages",
      defaultValue = "1000000",
      description = "Messages folded per round (default ${DEFAULT-VALUE}).")
  int messages;

  @Option(
      names = "--distinct",
      defaultValue = "100000",
      description = "Distinct messages generated and cycled (default ${DEFAULT-VALUE}).")
  int distinct;

  @Option(
      names = "--members",
      defaultValue = "2000",
      description = "Members over 10 chats (default ${DEFAULT-VALUE}).")
  int members;

  @Option(
      names = "--rounds",
      defaultValue = "5",
      description =
          "Rounds of each measurement; the first ones warm up (default ${DEFAULT-VALUE}).")
  int rounds;

  @Option(
      names = "--cleanup-items",
      defaultValue = "200000",
      description =
          "Profiles and facts stored for the cleanup figures, half of them due (default ${DEFAULT-VALUE}).")
  int cleanupItems;

  @Option(
      names = "--batch",
      defaultValue = "1000",
      description = "Cleanup batch size (default ${DEFAULT-VALUE}).")
  int batch;

  @Option(
      names = "--seed",
      defaultValue = "42",
      description = "Random seed of the workload (default ${DEFAULT-VALUE}).")
  long seed;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Held so the logger (and its level) is not collected while the bench runs. */
  private static final java.util.logging.Logger CORE_LOG =
      java.util.logging.Logger.getLogger("dev.gryag.core");

  @Override
  public Integer call() {
    // The random workload contradicts its facts all the time: those INFO lines are not figures.
    CORE_LOG.setLevel(java.util.logging.Level.WARNING);
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        Locale.ROOT,
        "personalization bench: %,d messages per round, %,d distinct, %,d members, %d rounds, JVM %s, %d cores%n",
        messages,
        distinct,
        members,
        rounds,
        Runtime.version(),
        Runtime.getRuntime().availableProcessors());
    BenchWorkload workload = BenchWorkload.generate(seed, distinct, members);
    report(out, "fold (ProfileFolder, one profile per member)", measure(() -> fold(workload)));
    report(
        out,
        "observe, no fact extraction (in-memory stores)",
        measure(() -> observe(workload, FactExtractor.NONE)));
    report(
        out,
        "observe with RuleBasedFactExtractor (in-memory stores)",
        measure(() -> observe(workload, new RuleBasedFactExtractor())));
    cleanup(out, workload);
    out.flush();
    return ExitCodes.OK.code();
  }

  /** Per round: wall-clock and this thread's CPU nanoseconds per message. */
  private record Round(double wall, double cpu) {}

  /**
   * Runs {@code round} {@link #rounds} times. CPU time of the measuring thread is reported beside
   * wall-clock time because a shared machine's load inflates the latter.
   */
  private Round[] measure(Runnable round) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Round[] measured = new Round[rounds];
    for (int r = 0; r < rounds; r++) {
      long cpu = threads.getCurrentThreadCpuTime();
      long wall = System.nanoTime();
      round.run();
      measured[r] =
          new Round(
              (System.nanoTime() - wall) / (double) messages,
              (threads.getCurrentThreadCpuTime() - cpu) / (double) messages);
    }
    return measured;
  }

  private void report(PrintWriter out, String what, Round[] measured) {
    // The first two rounds warm the JIT up; the figures come from the rest.
    Round[] warm = Arrays.copyOfRange(measured, Math.min(2, measured.length - 1), measured.length);
    double[] cpu = Arrays.stream(warm).mapToDouble(Round::cpu).sorted().toArray();
    double[] wall = Arrays.stream(warm).mapToDouble(Round::wall).sorted().toArray();
    out.printf(
        Locale.ROOT,
        "%-55s CPU best %6.0f / median %6.0f ns/msg; wall best %6.0f / median %6.0f ns/msg"
            + " (%,.0f msgs/s); rounds (wall):%s%n",
        what,
        cpu[0],
        cpu[cpu.length / 2],
        wall[0],
        wall[wall.length / 2],
        1e9 / wall[wall.length / 2],
        rounds(measured));
  }

  private static String rounds(Round[] measured) {
    StringBuilder text = new StringBuilder();
    for (Round round : measured) {
      text.append(String.format(Locale.ROOT, " %.0f", round.wall()));
    }
    return text.toString();
  }

  private void fold(BenchWorkload w) {
    ProfileFolder folder = new ProfileFolder(ProfileSettings.DEFAULTS);
    MemberProfile[] profiles = new MemberProfile[members];
    for (int i = 0; i < messages; i++) {
      int at = i % distinct;
      int member = w.authorOf[at];
      profiles[member] =
          folder.fold(Optional.ofNullable(profiles[member]), w.messages[at], w.analyses[at], null);
    }
    if (Arrays.stream(profiles).filter(p -> p != null).mapToLong(MemberProfile::messages).sum()
        != messages) {
      throw new IllegalStateException("fold lost messages");
    }
  }

  private void observe(BenchWorkload w, FactExtractor extractor) {
    PersonalizationService service =
        PersonalizationService.builder(
                new InMemoryProfileStore(), new InMemoryFactStore(), new InMemoryPreferenceStore())
            .extractor(extractor)
            .clock(Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC))
            .build();
    for (int i = 0; i < messages; i++) {
      int at = i % distinct;
      service.observe(w.messages[at], w.analyses[at]);
    }
  }

  private void cleanup(PrintWriter out, BenchWorkload w) {
    Instant now = Instant.parse("2025-06-01T00:00:00Z");
    RetentionPolicy policy = RetentionPolicy.DEFAULTS;
    Duration halfLife = PersonalizationSettings.DEFAULTS.factHalfLife();
    InMemoryProfileStore profiles = new InMemoryProfileStore();
    InMemoryFactStore facts = new InMemoryFactStore();
    CleanupStores.fill(profiles, facts, w, cleanupItems, now, policy, halfLife);
    out.printf(
        Locale.ROOT,
        "cleanup on in-memory stores: %,d profiles and %,d facts, half of each due, batch %,d%n",
        cleanupItems,
        cleanupItems,
        batch);
    for (RetentionTarget target :
        List.of(
            RetentionTargets.profiles(profiles, policy),
            RetentionTargets.facts(facts, policy, halfLife))) {
      CleanupService service =
          new CleanupService(List.of(target), Clock.fixed(now, ZoneOffset.UTC));
      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      long start = System.nanoTime();
      CleanupReport dry = service.run(new CleanupOptions(true, batch, Duration.ofMinutes(10)));
      long counted = System.nanoTime();
      long cpu = threads.getCurrentThreadCpuTime();
      CleanupReport real = service.run(new CleanupOptions(false, batch, Duration.ofMinutes(10)));
      long removedAt = System.nanoTime();
      double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
      long removed = real.removed();
      out.printf(
          Locale.ROOT,
          "  %-8s dry run counted %,d due in %,.1f ms; removed %,d in %,.1f ms = %,.0f items/s"
              + " wall, %,.0f items/s CPU (%d batches, %,.2f ms/batch)%n",
          target.kind().name().toLowerCase(Locale.ROOT),
          dry.kinds().get(0).remaining(),
          (counted - start) / 1e6,
          removed,
          (removedAt - counted) / 1e6,
          removed / ((removedAt - counted) / 1e9),
          removed / cpuSeconds,
          real.kinds().get(0).batches(),
          (removedAt - counted) / 1e6 / Math.max(1, real.kinds().get(0).batches()));
    }
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new PersonalizationBench()).execute(args));
  }
}
