package dev.gryag.core.cleanup;

import java.util.Objects;

/**
 * What a cleanup run did to one kind of data.
 *
 * @param kind the kind
 * @param removed items deleted (0 in a dry run)
 * @param remaining items still due after the run (in a dry run: what a run would remove)
 * @param batches batches run
 * @param summaries summaries written before messages went
 * @param summaryFailures summaries that could not be written
 * @param finished true when the kind's sweep ran to its end within the budget (always in a dry run)
 */
public record KindReport(
    DataKind kind,
    long removed,
    long remaining,
    int batches,
    int summaries,
    int summaryFailures,
    boolean finished) {

  public KindReport {
    Objects.requireNonNull(kind, "kind");
    if (removed < 0 || remaining < 0 || batches < 0 || summaries < 0 || summaryFailures < 0) {
      throw new IllegalArgumentException("report counts must not be negative");
    }
  }
}
