package dev.gryag.app.cli.cleanup;

import com.google.inject.Module;
import dev.gryag.adapter.persistence.DatabaseStartException;
import dev.gryag.app.cli.support.BotServices;
import dev.gryag.app.cli.support.Databases;
import dev.gryag.app.cli.support.ExitCodes;
import dev.gryag.app.wiring.RetentionModule;
import dev.gryag.core.StoreException;
import dev.gryag.core.cleanup.CleanupOptions;
import dev.gryag.core.cleanup.CleanupReport;
import dev.gryag.core.cleanup.CleanupService;
import dev.gryag.core.cleanup.Compaction;
import dev.gryag.core.cleanup.ExpiringMessages;
import dev.gryag.core.cleanup.KindReport;
import dev.gryag.core.cleanup.RetentionPolicy;
import dev.gryag.core.cleanup.RetentionTargets;
import dev.gryag.core.llm.LanguageModel;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
      "Run the bot's retention policy once: summarise messages older than the retention with the"
          + " language model (when an LLM key is set), then delete them (important ones kept);"
          + " delete profiles of members silent for 180 days, facts whose confidence faded below"
          + " 0.1, chat summaries older than GRYAG_RETENTION_SUMMARIES (730d); print the counts"
          + " per kind.",
      "The database is the bot's: DATABASE_URL, GRYAG_DB_*, else the embedded one in GRYAG_HOME."
          + " The model is the bot's: GEMINI_API_KEY (or another provider's key),"
          + " GRYAG_LLM_PROVIDERS; GRYAG_SUMMARIES, GRYAG_SUMMARY_WORDS and"
          + " GRYAG_RETENTION_MESSAGES_PER_CHAT apply as in the bot."
    },
    footer = {
      "",
      "Examples:",
      "  gryag cleanup --dry-run",
      "  gryag cleanup --messages-older-than 30d",
      "  gryag cleanup --no-summaries",
      "",
      "Exit codes: 0 ok (also when the budget ran out or a summary failed: run again), 1 the"
          + " database cannot be started or used, 2 usage error.",
      "Documentation: docs/cli.md"
    })
public final class CleanupCommand implements Callable<Integer> {

  /** The bot's setting for the age of messages kept, read here too. */
  static final String RETENTION_MESSAGES = CleanupKeys.RETENTION_MESSAGES;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--dry-run",
      description = "Only count what is due and the summaries it would take; change nothing.")
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
      names = "--no-summaries",
      description = "Delete old messages without summarising them, even with an LLM key set.")
  boolean noSummaries;

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

  public CleanupCommand(Databases databases, Map<String, String> environment, Clock clock) {
    this.databases = Objects.requireNonNull(databases, "databases");
    this.environment = Map.copyOf(environment);
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Integer call() {
    Duration age = CleanupKeys.messageAge(spec.commandLine(), environment, messageAge);
    CleanupKeys keys = CleanupKeys.read(spec.commandLine(), environment);
    boolean off = noSummaries || keys.summaries().equals(Optional.of(Compaction.OFF));
    Optional<CleanupModel> model =
        off ? Optional.empty() : CleanupModel.open(spec.commandLine(), environment);
    try {
      Compaction compaction = compaction(keys, model);
      return run(age, keys, model, compaction);
    } finally {
      model.ifPresent(CleanupModel::close);
    }
  }

  private int run(
      Duration age, CleanupKeys keys, Optional<CleanupModel> model, Compaction compaction) {
    try (Databases.Lease lease = databases.open()) {
      RetentionPolicy policy = keys.policy(age, compaction);
      BotServices services =
          BotServices.over(
              lease.database(),
              clock,
              new RetentionModule(policy, keys.summaryWords()),
              summarisingWith(model));
      ExpiringMessages expiring = services.get(ExpiringMessages.class);
      CleanupReport report =
          services.get(CleanupService.class).run(new CleanupOptions(dryRun, 1000, budget));
      PrintWriter out = spec.commandLine().getOut();
      out.printf(
          "%s %s (messages older than %s, %s)%n",
          dryRun ? "Due for cleanup in" : "Cleaned up",
          lease.database().describe(),
          Durations.show(age),
          summarising(keys, compaction, model));
      report.describe().lines().forEach(line -> out.println("  " + line));
      if (dryRun && compaction != Compaction.OFF) {
        out.printf(
            "  about %d summaries would be written first (one per %d old messages of a chat)%n",
            summariesDue(expiring, policy), RetentionTargets.MESSAGES_PER_SUMMARY);
      }
      failures(out, report, compaction);
      if (!report.complete()) {
        out.println("The time budget ran out; run again to go on.");
      }
      out.flush();
      return ExitCodes.OK.code();
    } catch (DatabaseStartException | StoreException e) {
      PrintWriter err = spec.commandLine().getErr();
      err.println("gryag cleanup: " + e.getMessage());
      err.flush();
      return ExitCodes.FAILURE.code();
    }
  }

  /** Off by option or key; as the key says; else summarised exactly when a model is configured. */
  private Compaction compaction(CleanupKeys keys, Optional<CleanupModel> model) {
    if (noSummaries) {
      return Compaction.OFF;
    }
    Compaction wanted =
        keys.summaries().orElse(model.isPresent() ? Compaction.REQUIRED : Compaction.OFF);
    if (wanted != Compaction.OFF && model.isEmpty()) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          CleanupKeys.SUMMARIES
              + "="
              + CleanupKeys.show(wanted)
              + " needs a language model: set GEMINI_API_KEY (or another provider's key), or"
              + " pass --no-summaries");
    }
    return wanted;
  }

  private String summarising(
      CleanupKeys keys, Compaction compaction, Optional<CleanupModel> model) {
    if (compaction != Compaction.OFF) {
      return "summarised first by " + model.orElseThrow().providers();
    }
    if (noSummaries) {
      return "not summarised: --no-summaries";
    }
    return keys.summaries().isPresent()
        ? "not summarised: " + CleanupKeys.SUMMARIES + "=off"
        : "not summarised: no LLM key is set";
  }

  private void failures(PrintWriter out, CleanupReport report, Compaction compaction) {
    int failed = report.kinds().stream().mapToInt(KindReport::summaryFailures).sum();
    if (failed > 0) {
      out.printf(
          "%d summaries could not be written; %s%n",
          failed,
          compaction == Compaction.REQUIRED
              ? "their messages stay for the next run."
              : "their messages went anyway (" + CleanupKeys.SUMMARIES + "=best-effort).");
    }
  }

  private long summariesDue(ExpiringMessages messages, RetentionPolicy policy) {
    Instant cutoff = clock.instant().minus(policy.messages().maxAge());
    int chunk = RetentionTargets.MESSAGES_PER_SUMMARY;
    return messages.chats().stream()
        .mapToLong(chat -> messages.countExpired(chat, cutoff, policy.messages().maxPerChat()))
        .map(due -> (due + chunk - 1) / chunk)
        .sum();
  }

  /** The model old messages are summarised with, when there is one; none binds nothing. */
  private static Module summarisingWith(Optional<CleanupModel> model) {
    return binder -> model.ifPresent(m -> binder.bind(LanguageModel.class).toInstance(m.model()));
  }
}
