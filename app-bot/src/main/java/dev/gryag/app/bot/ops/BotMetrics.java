package dev.gryag.app.bot.ops;

import dev.gryag.adapter.llm.LlmMetrics;
import dev.gryag.core.conversation.Outcome;
import dev.gryag.core.llm.Completion;
import dev.gryag.core.llm.LanguageModelException;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.CounterWithCallback;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.instrumentation.jvm.JvmMetrics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.time.Duration;
import java.util.Locale;
import java.util.function.DoubleSupplier;

/**
 * The bot's Prometheus metrics: updates in and handled, outcomes by kind and reason, model calls,
 * failures, latency and tokens by provider, lane queue depth, pool usage, cleanup rows and
 * summaries. It also receives the LLM adapter's hooks.
 */
public final class BotMetrics implements LlmMetrics {

  private final PrometheusRegistry registry;
  private final Counter updates;
  private final Counter handled;
  private final Counter skipped;
  private final Counter resumed;
  private final Counter outcomes;
  private final Counter llmCalls;
  private final Counter llmFailures;
  private final Histogram llmLatency;
  private final Counter llmTokens;
  private final Counter cleanupRows;
  private final Counter cleanupSummaries;
  private final Histogram overhead;
  private final Histogram sendWait;

  public BotMetrics(PrometheusRegistry registry) {
    this.registry = registry;
    updates =
        Counter.builder()
            .name("gryag_updates_received")
            .help("Telegram updates received")
            .register(registry);
    handled =
        Counter.builder()
            .name("gryag_updates_handled")
            .help("Updates handled, by result")
            .labelNames("result")
            .register(registry);
    skipped =
        Counter.builder()
            .name("gryag_updates_skipped")
            .help(
                "Updates skipped unhandled after a log line: malformed, or the handler kept failing")
            .labelNames("reason")
            .register(registry);
    resumed =
        Counter.builder()
            .name("gryag_pending_answers_resumed")
            .help(
                "Answers a previous run left pending, found at start: resumed, or dropped (past"
                    + " GRYAG_RESUME_MAX_AGE or their message gone)")
            .labelNames("result")
            .register(registry);
    outcomes =
        Counter.builder()
            .name("gryag_messages")
            .help(
                "Outcomes of member messages: replied, ignored, rate_limited, command, unanswered")
            .labelNames("outcome", "reason")
            .register(registry);
    llmCalls =
        Counter.builder()
            .name("gryag_llm_calls")
            .help("Model calls that produced an outcome, by provider and kind")
            .labelNames("provider", "kind")
            .register(registry);
    llmFailures =
        Counter.builder()
            .name("gryag_llm_failures")
            .help("Model calls that failed after retries, by provider and failure kind")
            .labelNames("provider", "kind")
            .register(registry);
    llmLatency =
        Histogram.builder()
            .name("gryag_llm_latency_seconds")
            .help("Latency of model calls by provider, retries included")
            .labelNames("provider")
            .register(registry);
    llmTokens =
        Counter.builder()
            .name("gryag_llm_tokens")
            .help("Tokens used, by provider and direction (prompt, output)")
            .labelNames("provider", "direction")
            .register(registry);
    cleanupRows =
        Counter.builder()
            .name("gryag_cleanup_rows")
            .help("Rows the retention policy removed, by data kind")
            .labelNames("kind")
            .register(registry);
    cleanupSummaries =
        Counter.builder()
            .name("gryag_cleanup_summaries")
            .help(
                "Summaries of old messages the retention policy wrote before deleting them, by"
                    + " result (written, failed)")
            .labelNames("result")
            .register(registry);
    overhead =
        Histogram.builder()
            .name("gryag_message_overhead_seconds")
            .help("Time the bot spends on a message outside the model call, by outcome")
            .labelNames("outcome")
            .classicUpperBounds(
                0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5)
            .register(registry);
    sendWait =
        Histogram.builder()
            .name("gryag_send_wait_seconds")
            .help("Time a message's answer waited for Telegram's send limits and retry hints")
            .classicUpperBounds(0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60)
            .register(registry);
  }

  /** Registers the JVM's own metrics (memory, GC, threads) too. */
  public BotMetrics withJvmMetrics() {
    JvmMetrics.builder().register(registry);
    return this;
  }

  public PrometheusRegistry registry() {
    return registry;
  }

  /** A gauge that reads its value when scraped, e.g. the lane queue depth or pool usage. */
  public void gauge(String name, String help, DoubleSupplier value) {
    GaugeWithCallback.builder()
        .name(name)
        .help(help)
        .callback(cb -> cb.call(value.getAsDouble()))
        .register(registry);
  }

  /** A counter that reads its total when scraped, e.g. the tasks the chat lanes dropped. */
  public void counter(String name, String help, DoubleSupplier total) {
    CounterWithCallback.builder()
        .name(name)
        .help(help)
        .callback(cb -> cb.call(total.getAsDouble()))
        .register(registry);
  }

  /** An update was skipped without being handled ({@code malformed}, {@code failed}). */
  public void updateSkipped(String reason) {
    skipped.labelValues(reason).inc();
  }

  /** What start-up found of the answers a previous run left pending. */
  public void pendingAnswers(int resumedCount, int droppedCount) {
    resumed.labelValues("resumed").inc(resumedCount);
    resumed.labelValues("dropped").inc(droppedCount);
  }

  public void updateReceived() {
    updates.inc();
  }

  /** An update was handled: {@code stored}, {@code duplicate}, {@code failed} and the like. */
  public void updateHandled(String result) {
    handled.labelValues(result).inc();
  }

  public void outcome(Outcome outcome) {
    switch (outcome) {
      case Outcome.Replied r -> outcomes.labelValues(kind(outcome), lower(r.trigger())).inc();
      case Outcome.Ignored i -> outcomes.labelValues(kind(outcome), lower(i.reason())).inc();
      case Outcome.RateLimited l -> outcomes.labelValues(kind(outcome), lower(l.scope())).inc();
      case Outcome.CommandHandled c -> outcomes.labelValues(kind(outcome), c.command()).inc();
      case Outcome.Unanswered u -> outcomes.labelValues(kind(outcome), lower(u.failure())).inc();
    }
  }

  /**
   * Time spent on one message outside the model call; by outcome, because a reply (context,
   * sending, storing the answer) costs far more than a message that is only stored and folded.
   */
  public void overhead(Outcome outcome, Duration spent) {
    overhead.labelValues(kind(outcome)).observe(spent.toNanos() / 1e9);
  }

  /** Time one message's answer waited for Telegram's pace; only answers that waited count. */
  public void sendWait(Duration waited) {
    sendWait.observe(waited.toNanos() / 1e9);
  }

  private static String kind(Outcome outcome) {
    return switch (outcome) {
      case Outcome.Replied r -> "replied";
      case Outcome.Ignored i -> "ignored";
      case Outcome.RateLimited l -> "rate_limited";
      case Outcome.CommandHandled c -> "command";
      case Outcome.Unanswered u -> "unanswered";
    };
  }

  public void cleanedUp(String kind, long rows) {
    cleanupRows.labelValues(kind).inc(rows);
  }

  /** Summaries a cleanup run wrote, and those it could not write. */
  public void summaries(int written, int failed) {
    cleanupSummaries.labelValues("written").inc(written);
    cleanupSummaries.labelValues("failed").inc(failed);
  }

  @Override
  public void completed(Completion completion, Duration latency) {
    String kind =
        switch (completion) {
          case Completion.Answer a -> "answer";
          case Completion.Blocked b -> "blocked";
          case Completion.Empty e -> "empty";
        };
    llmCalls.labelValues(completion.provider(), kind).inc();
    llmLatency.labelValues(completion.provider()).observe(latency.toNanos() / 1e9);
    TokenCounts tokens = TokenCounts.of(completion);
    llmTokens.labelValues(completion.provider(), "prompt").inc(tokens.prompt());
    llmTokens.labelValues(completion.provider(), "output").inc(tokens.output());
  }

  @Override
  public void failed(String provider, LanguageModelException.Kind kind, Duration latency) {
    llmFailures.labelValues(provider, lower(kind)).inc();
    llmLatency.labelValues(provider).observe(latency.toNanos() / 1e9);
  }

  private static String lower(Object value) {
    return value == null ? "none" : value.toString().toLowerCase(Locale.ROOT);
  }

  private record TokenCounts(int prompt, int output) {
    static TokenCounts of(Completion completion) {
      var usage =
          switch (completion) {
            case Completion.Answer a -> a.usage();
            case Completion.Blocked b -> b.usage();
            case Completion.Empty e -> e.usage();
          };
      return new TokenCounts(usage.promptTokens(), usage.outputTokens());
    }
  }
}
