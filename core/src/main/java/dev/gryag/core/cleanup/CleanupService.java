package dev.gryag.core.cleanup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Enforces retention over a set of {@link RetentionTarget}s: each run sweeps them in small batches
 * until everything due is gone or the time budget is spent, and reports per kind. Cutoffs are fixed
 * at the start of a run, so data arriving meanwhile is never touched. A run that ran out of time
 * makes the next one start with the kind it could not finish, so no kind starves.
 *
 * <p>Thread-safe: runs are serialised (a second caller waits for the first). The hot path never
 * waits on a run: stores are only locked per item or per batch.
 */
public final class CleanupService {

  private final List<RetentionTarget> targets;
  private final Clock clock;
  private final ReentrantLock running = new ReentrantLock();
  private int startAt;

  /**
   * @param targets at most one per kind, reported in this order
   * @throws IllegalArgumentException when two targets have the same kind
   */
  public CleanupService(List<RetentionTarget> targets, Clock clock) {
    this.targets = List.copyOf(targets);
    this.clock = Objects.requireNonNull(clock, "clock");
    Set<DataKind> kinds = EnumSet.noneOf(DataKind.class);
    for (RetentionTarget target : this.targets) {
      if (!kinds.add(target.kind())) {
        throw new IllegalArgumentException("two retention targets for " + target.kind());
      }
    }
  }

  /** Runs retention once: deletes what is due (or counts it, in a dry run) within the budget. */
  public CleanupReport run(CleanupOptions options) {
    Objects.requireNonNull(options, "options");
    running.lock();
    try {
      Instant start = clock.instant();
      Instant deadline = start.plus(options.budget());
      KindReport[] reports = new KindReport[targets.size()];
      int stoppedAt = -1;
      for (int i = 0; i < targets.size(); i++) {
        int index = (startAt + i) % targets.size();
        RetentionTarget target = targets.get(index);
        if (options.dryRun() || stoppedAt >= 0) {
          long due = target.countDue(start);
          reports[index] =
              new KindReport(target.kind(), 0, due, 0, 0, 0, options.dryRun() || due == 0);
          continue;
        }
        reports[index] = sweep(target, start, deadline, options.batchSize());
        if (!reports[index].finished()) {
          stoppedAt = index;
        }
      }
      startAt = Math.max(stoppedAt, 0);
      return new CleanupReport(
          options.dryRun(),
          List.of(reports),
          Duration.between(start, clock.instant()),
          stoppedAt < 0);
    } finally {
      running.unlock();
    }
  }

  private KindReport sweep(RetentionTarget target, Instant start, Instant deadline, int batchSize) {
    RetentionTarget.Sweep sweep = target.sweep(start);
    long removed = 0;
    int batches = 0;
    int summaries = 0;
    int failures = 0;
    boolean done = false;
    while (!done && clock.instant().isBefore(deadline)) {
      BatchResult batch = sweep.next(batchSize);
      batches++;
      removed += batch.removed();
      summaries += batch.summaries();
      failures += batch.summaryFailures();
      done = batch.done();
    }
    return new KindReport(
        target.kind(), removed, target.countDue(start), batches, summaries, failures, done);
  }

  /** The kinds this service cleans, in report order. */
  public List<DataKind> kinds() {
    List<DataKind> kinds = new ArrayList<>();
    targets.forEach(t -> kinds.add(t.kind()));
    return kinds;
  }
}
