package dev.gryag.app.bot;

import dev.gryag.app.bot.ops.BotMetrics;
import dev.gryag.core.cleanup.CleanupOptions;
import dev.gryag.core.cleanup.CleanupReport;
import dev.gryag.core.cleanup.CleanupService;
import dev.gryag.core.cleanup.RetentionPolicy;
import dev.gryag.core.cleanup.RetentionTarget;
import dev.gryag.core.cleanup.RetentionTargets;
import dev.gryag.core.context.MessageStore;
import dev.gryag.core.personalization.FactStore;
import dev.gryag.core.personalization.PersonalizationSettings;
import dev.gryag.core.personalization.ProfileStore;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the retention policy on a timer: messages past their age (important ones kept), profiles of
 * members gone quiet, facts whose confidence has faded. Each run works in small batches within a
 * time budget, so the chats' lanes never wait on it.
 */
final class CleanupScheduler implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(CleanupScheduler.class);

  private final CleanupService cleanup;
  private final BotMetrics metrics;
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual().name("cleanup").factory());

  CleanupScheduler(CleanupService cleanup, BotMetrics metrics) {
    this.cleanup = cleanup;
    this.metrics = metrics;
  }

  /** The bot's cleanup over its stores, messages kept for {@code messageAge}. */
  static CleanupService service(
      MessageStore messages,
      ProfileStore profiles,
      FactStore facts,
      Duration messageAge,
      Clock clock) {
    RetentionPolicy policy = RetentionPolicy.DEFAULTS;
    List<RetentionTarget> targets =
        List.of(
            RetentionTargets.agedMessages(messages, messageAge),
            RetentionTargets.profiles(profiles, policy),
            RetentionTargets.facts(facts, policy, PersonalizationSettings.DEFAULTS.factHalfLife()));
    return new CleanupService(targets, clock);
  }

  void start(Duration interval) {
    timer.scheduleWithFixedDelay(
        this::runOnce, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    log.info("cleanup runs every {}", interval);
  }

  void runOnce() {
    try {
      CleanupReport report = cleanup.run(CleanupOptions.DEFAULTS);
      report
          .kinds()
          .forEach(k -> metrics.cleanedUp(k.kind().name().toLowerCase(Locale.ROOT), k.removed()));
      if (report.removed() > 0) {
        log.info("cleanup: {}", report.describe());
      }
    } catch (RuntimeException e) {
      log.warn("cleanup run failed; the next run tries again: {}", e.toString());
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
