package dev.gryag.app.bot;

import com.google.inject.Guice;
import com.google.inject.Injector;
import dev.gryag.adapter.llm.LlmEnvironment;
import dev.gryag.adapter.llm.LlmRuntime;
import dev.gryag.adapter.persistence.DatabaseConfig;
import dev.gryag.adapter.persistence.PostgresDatabase;
import dev.gryag.adapter.telegram.BotIdentity;
import dev.gryag.adapter.telegram.LongPollingReceiver;
import dev.gryag.adapter.telegram.TelegramClient;
import dev.gryag.adapter.telegram.TelegramSettings;
import dev.gryag.adapter.telegram.WebhookReceiver;
import dev.gryag.app.bot.config.Settings;
import dev.gryag.app.bot.ops.BotMetrics;
import dev.gryag.app.bot.ops.HealthCheck;
import dev.gryag.app.bot.ops.OperationsServer;
import dev.gryag.app.bot.wiring.CoreModule;
import dev.gryag.app.bot.wiring.LlmModule;
import dev.gryag.app.bot.wiring.OperationsModule;
import dev.gryag.app.bot.wiring.TelegramModule;
import dev.gryag.app.wiring.PersistenceModule;
import dev.gryag.app.wiring.PersonalizationModule;
import dev.gryag.app.wiring.RetentionModule;
import dev.gryag.core.cleanup.CleanupReport;
import dev.gryag.core.cleanup.CleanupService;
import dev.gryag.core.cleanup.RetentionSettings;
import dev.gryag.core.config.Configuration;
import dev.gryag.core.config.ListenAddress;
import dev.gryag.core.conversation.ChatLanes;
import dev.gryag.core.conversation.ConversationService;
import dev.gryag.core.conversation.CursorStore;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's lifecycle: starts the database (and migrates it), asks Telegram who the bot is, wires
 * the rest once, opens the operations port and starts receiving; {@link #close} undoes it in
 * reverse, draining the chat lanes within the configured timeout.
 */
final class BotApplication implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(BotApplication.class);

  /** The most pending answers one start resumes; the rest wait for the next start. */
  private static final int MAX_RESUMED = 100_000;

  private final Deque<Step> started = new ArrayDeque<>();
  private volatile Thread poller;
  private volatile Injector injector;
  private volatile CleanupScheduler cleanup;
  private volatile PostgresDatabase database;
  private volatile boolean receiving;

  private record Step(String name, AutoCloseable closer) {}

  /** Starts everything; on a failure, what was already started is stopped before it rethrows. */
  static BotApplication start(Configuration config) {
    BotApplication app = new BotApplication();
    try {
      app.startAll(config);
      return app;
    } catch (RuntimeException e) {
      app.close();
      throw e;
    }
  }

  private void startAll(Configuration config) {
    PostgresDatabase database = PostgresDatabase.start(DatabaseConfig.from(config));
    this.database = database;
    started.push(new Step("database", database));
    log.info("database ready: {}", database.describe());

    TelegramClient telegram = TelegramClient.create(TelegramSettings.client(config));
    started.push(new Step("Telegram client", telegram));
    BotIdentity me = telegram.getMe();
    log.info("Telegram says this bot is @{} (id {})", me.username(), me.id());

    injector =
        Guice.createInjector(
            new OperationsModule(),
            new CoreModule(
                BotSettings.conversation(config),
                config.get(Settings.LANE_QUEUE),
                config.get(Settings.RESUME_MAX_AGE)),
            new PersistenceModule(database),
            new PersonalizationModule(),
            new LlmModule(LlmEnvironment.from(config)),
            new TelegramModule(telegram, me, config.get(TelegramSettings.ADMINS_TTL)),
            new RetentionModule(
                BotSettings.retention(config), config.get(RetentionSettings.SUMMARY_WORDS)));
    started.push(new Step("language models", injector.getInstance(LlmRuntime.class)));

    ChatLanes lanes = injector.getInstance(ChatLanes.class);
    started.push(new Step("chat lanes", () -> drain(lanes, config.get(Settings.SHUTDOWN_TIMEOUT))));
    BotMetrics metrics = injector.getInstance(BotMetrics.class);
    metrics.gauge(
        "gryag_lane_queue_depth", "Messages waiting or running in the chat lanes", lanes::pending);
    metrics.counter(
        "gryag_lane_dropped",
        "Messages no one awaited an answer to, dropped from a full chat lane (still stored)",
        lanes::dropped);

    cleanup =
        new CleanupScheduler(
            injector.getInstance(CleanupService.class), BotSettings.cleanupRun(config), metrics);
    cleanup.start(config.get(Settings.CLEANUP_INTERVAL));
    started.push(new Step("cleanup scheduler", cleanup));

    startOperations(config, database, metrics);
    startReceiving(config, telegram, injector);
    receiving = true;
  }

  private void startOperations(
      Configuration config, PostgresDatabase database, BotMetrics metrics) {
    Optional<ListenAddress> address = BotSettings.operations(config);
    if (address.isEmpty()) {
      log.info("operations port off (port 0)");
      return;
    }
    OperationsServer ops =
        OperationsServer.start(
            address.get(),
            config.get(Settings.OPS_TOKEN),
            metrics.registry(),
            List.of(
                new HealthCheck("database", () -> database.isHealthy() ? null : "not reachable"),
                new HealthCheck("receiving", this::receivingProblem)));
    started.push(new Step("operations port", ops));
  }

  private void startReceiving(Configuration config, TelegramClient telegram, Injector injector) {
    UpdateRouter router = injector.getInstance(UpdateRouter.class);
    router.resume(injector.getInstance(ConversationService.class).resume(MAX_RESUMED));
    CursorStore cursors = injector.getInstance(CursorStore.class);
    switch (config.get(TelegramSettings.RECEIVE_MODE)) {
      case POLLING -> {
        LongPollingReceiver receiver = new LongPollingReceiver(telegram, cursors, router);
        poller = Thread.ofVirtual().name("telegram-polling").start(() -> poll(receiver));
        started.push(new Step("receiving (long polling)", receiver));
        log.info("receiving updates by long polling");
      }
      case WEBHOOK -> {
        WebhookReceiver receiver =
            WebhookReceiver.start(telegram, TelegramSettings.webhook(config), cursors, router);
        started.push(new Step("receiving (webhook)", receiver));
        log.info("receiving updates by webhook on {}", receiver.address());
      }
    }
  }

  private void poll(LongPollingReceiver receiver) {
    try {
      receiver.run();
    } catch (RuntimeException e) {
      log.error("receiving stopped: {}", e.getMessage(), e);
    }
  }

  private String receivingProblem() {
    if (!receiving) {
      return "not started yet";
    }
    Thread thread = poller;
    return thread == null || thread.isAlive() ? null : "the polling loop has stopped";
  }

  /**
   * Makes {@link #close} the only way the database stops: call it once a shutdown hook will call
   * {@link #close}, which drains the lanes before it stops the database. Until then an embedded
   * database stops by itself when the JVM exits (a SIGTERM during start leaves nothing running).
   */
  void ownShutdown() {
    PostgresDatabase db = database;
    if (db != null) {
      db.closedOnlyByOwner();
    }
  }

  private static void drain(ChatLanes lanes, Duration timeout) throws InterruptedException {
    int pending = lanes.pending();
    log.info("draining the chat lanes ({} message(s) in flight, up to {})", pending, timeout);
    Thread closer = Thread.ofVirtual().start(lanes::close);
    if (!closer.join(timeout)) {
      log.warn(
          "{} message(s) were still being answered after {}; those owed an answer are answered at"
              + " the next start",
          lanes.pending(),
          timeout);
    }
  }

  /** Runs the retention policy now, as the scheduler would (for tests). */
  Optional<CleanupReport> cleanupNow() {
    return cleanup.runOnce();
  }

  /** A wired component, for tests that look inside the running bot. */
  <T> T component(Class<T> type) {
    return injector.getInstance(type);
  }

  /** Stops receiving, drains the lanes, closes the models, Telegram and the database, in order. */
  @Override
  public void close() {
    while (!started.isEmpty()) {
      Step step = started.pop();
      try {
        step.closer().close();
        log.info("stopped: {}", step.name());
      } catch (Exception e) {
        log.warn("stopping {} failed: {}", step.name(), e.toString());
      }
    }
  }
}
