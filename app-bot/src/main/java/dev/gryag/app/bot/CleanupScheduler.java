package dev.gryag.app.bot;

import dev.gryag.app.bot.ops.BotMetrics;
import dev.gryag.core.cleanup.CleanupOptions;
import dev.gryag.core.cleanup.CleanupReport;
import dev.gryag.core.cleanup.CleanupService;
import dev.gryag.core.cleanup.KindReport;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the retention policy on a timer, on its own virtual thread: old messages summarised through
 * the language model and then deleted (important ones kept), profiles of members gone quiet, facts
 * whose confidence has faded, expired summaries. Each run works in small batches within a time
 * budget, so the chats' lanes never wait on it; what a run leaves the next one continues.
 */
final class CleanupScheduler implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(CleanupScheduler.class);

  private final CleanupService cleanup;
  private final CleanupOptions options;
  private final BotMetrics metrics;
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual().name("cleanup").factory());

  CleanupScheduler(CleanupService cleanup, CleanupOptions options, BotMetrics metrics) {
    this.cleanup = cleanup;
    this.options = options;
    this.metrics = metrics;
  }

  void start(Duration interval) {
    timer.scheduleWithFixedDelay(
        this::runOnce, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    log.info("cleanup runs every {}, each for up to {}", interval, options.budget());
  }

  /** One run now, on the caller's thread; empty when it failed (logged; the next run retries). */
  Optional<CleanupReport> runOnce() {
    try {
      CleanupReport report = cleanup.run(options);
      report.kinds().forEach(this::count);
      int failures = report.kinds().stream().mapToInt(KindReport::summaryFailures).sum();
      if (failures > 0) {
        log.warn(
            "cleanup: {} summaries could not be written (with GRYAG_SUMMARIES=required their"
                + " messages stay for the next run):\n{}",
            failures,
            report.describe());
      } else if (report.removed() > 0) {
        log.info("cleanup: {}", report.describe());
      }
      return Optional.of(report);
    } catch (RuntimeException e) {
      log.warn("cleanup run failed; the next run tries again: {}", e.toString());
      return Optional.empty();
    }
  }

  private void count(KindReport kind) {
    metrics.cleanedUp(kind.kind().name().toLowerCase(Locale.ROOT), kind.removed());
    metrics.summaries(kind.summaries(), kind.summaryFailures());
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
