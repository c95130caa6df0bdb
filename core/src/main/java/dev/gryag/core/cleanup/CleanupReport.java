package dev.gryag.core.cleanup;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What one cleanup run did, per kind of data.
 *
 * @param dryRun true when it only counted
 * @param kinds one report per target, in the service's order; copied
 * @param elapsed how long it took by the service's clock
 * @param complete true when every kind was swept to its end within the budget
 */
public record CleanupReport(
    boolean dryRun, List<KindReport> kinds, Duration elapsed, boolean complete) {

  public CleanupReport {
    kinds = List.copyOf(kinds);
    Objects.requireNonNull(elapsed, "elapsed");
  }

  /** The report of one kind, if the service has a target for it. */
  public Optional<KindReport> kind(DataKind kind) {
    return kinds.stream().filter(k -> k.kind() == kind).findFirst();
  }

  /** Items deleted over all kinds. */
  public long removed() {
    return kinds.stream().mapToLong(KindReport::removed).sum();
  }

  /** One line per kind, e.g. {@code messages: removed 1200, 0 still due, 3 summaries}. */
  public String describe() {
    return kinds.stream().map(this::line).collect(Collectors.joining("\n"));
  }

  private String line(KindReport k) {
    String name = k.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    String what =
        dryRun
            ? "would remove " + k.remaining()
            : "removed " + k.removed() + ", " + k.remaining() + " still due";
    String summaries =
        k.summaries() + k.summaryFailures() == 0
            ? ""
            : ", " + k.summaries() + " summaries written, " + k.summaryFailures() + " failed";
    return name + ": " + what + summaries + (k.finished() ? "" : " (stopped: time budget)");
  }
}
