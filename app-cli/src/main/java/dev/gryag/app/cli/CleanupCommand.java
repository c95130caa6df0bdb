package dev.gryag.app.cli;

import dev.gryag.adapter.persistence.DatabaseStartException;
import dev.gryag.adapter.persistence.JooqChatSummaryStore;
import dev.gryag.core.StoreException;
import dev.gryag.core.cleanup.CleanupOptions;
import dev.gryag.core.cleanup.CleanupReport;
import dev.gryag.core.cleanup.CleanupService;
import dev.gryag.core.cleanup.RetentionPolicy;
import dev.gryag.core.cleanup.RetentionTarget;
import dev.gryag.core.cleanup.RetentionTargets;
import dev.gryag.core.personalization.PersonalizationSettings;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code gryag cleanup}: the bot's retention policy, run once. */
@Command(
    name = "cleanup",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpWidth = 100,
    description = {
      "Run the bot's retention policy once: delete messages older than the retention (important"
          + " ones kept), profiles of members silent for 180 days, facts whose confidence faded"
          + " below 0.1, chat summaries older than 730 days; print the counts per kind.",
      "The database is the bot's: DATABASE_URL, GRYAG_DB_*, else the embedded one in GRYAG_HOME."
    },
    footer = {
      "",
      "Examples:",
      "  gryag cleanup --dry-run",
      "  gryag cleanup --messages-older-than 30d",
      "",
      "Exit codes: 0 ok (also when the budget ran out: run again), 1 the database cannot be"
          + " started or used, 2 usage error.",
      "Documentation: docs/cli.md"
    })
final class CleanupCommand implements Callable<Integer> {

  /** The bot's setting for the age of messages kept, read here too. */
  static final String RETENTION_MESSAGES = "GRYAG_RETENTION_MESSAGES";

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--dry-run", description = "Only count what is due; delete nothing.")
  boolean dryRun;

  @Option(
      names = "--messages-older-than",
      paramLabel = "AGE",
      converter = Durations.Converter.class,
      description =
          "Delete messages older than AGE (90d, 12h, 30m or ISO P90D; default:"
              + " GRYAG_RETENTION_MESSAGES, else 90d).")
  Duration messageAge;

  @Option(
      names = "--budget",
      paramLabel = "TIME",
      defaultValue = "10m",
      converter = Durations.Converter.class,
      description = "Stop between batches after TIME (default: ${DEFAULT-VALUE}).")
  Duration budget;

  private final Databases databases;
  private final Map<String, String> environment;
  private final Clock clock;

  CleanupCommand(Databases databases, Map<String, String> environment, Clock clock) {
    this.databases = Objects.requireNonNull(databases, "databases");
    this.environment = Map.copyOf(environment);
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Integer call() {
    Duration age = messageAge();
    try (Databases.Lease lease = databases.open()) {
      StoreSession stores = StoreSession.over(lease.database());
      CleanupReport report = service(stores, age).run(new CleanupOptions(dryRun, 1000, budget));
      PrintWriter out = spec.commandLine().getOut();
      out.printf(
          "%s %s (messages older than %s)%n",
          dryRun ? "Due for cleanup in" : "Cleaned up",
          lease.database().describe(),
          Durations.show(age));
      report.describe().lines().forEach(line -> out.println("  " + line));
      if (!report.complete()) {
        out.println("The time budget ran out; run again to go on.");
      }
      out.flush();
      return 0;
    } catch (DatabaseStartException | StoreException e) {
      PrintWriter err = spec.commandLine().getErr();
      err.println("gryag cleanup: " + e.getMessage());
      err.flush();
      return 1;
    }
  }

  private Duration messageAge() {
    if (messageAge != null) {
      return Durations.atLeastOneMinute(spec.commandLine(), "--messages-older-than", messageAge);
    }
    String configured = environment.get(RETENTION_MESSAGES);
    if (configured == null || configured.isBlank()) {
      return RetentionPolicy.DEFAULTS.messages().maxAge();
    }
    try {
      return Durations.atLeastOneMinute(
          spec.commandLine(), RETENTION_MESSAGES, Durations.parse(configured));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), RETENTION_MESSAGES + ": " + e.getMessage());
    }
  }

  private CleanupService service(StoreSession stores, Duration age) {
    RetentionPolicy policy = RetentionPolicy.DEFAULTS;
    List<RetentionTarget> targets =
        List.of(
            RetentionTargets.agedMessages(stores.messages(), age),
            RetentionTargets.profiles(stores.profiles(), policy),
            RetentionTargets.facts(
                stores.facts(), policy, PersonalizationSettings.DEFAULTS.factHalfLife()),
            RetentionTargets.summaries(new JooqChatSummaryStore(stores.database()), policy));
    return new CleanupService(targets, clock);
  }
}
