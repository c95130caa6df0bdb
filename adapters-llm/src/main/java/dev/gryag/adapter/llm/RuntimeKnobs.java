package dev.gryag.adapter.llm;

import java.time.Duration;
import java.util.Map;

/** The {@code GRYAG_LLM_*} timeout, retry, breaker and concurrency keys, read into a builder. */
final class RuntimeKnobs {

  private static final Map<String, String> HTTP_KEYS =
      Map.of(
          "connectTimeout", "GRYAG_LLM_CONNECT_TIMEOUT",
          "readTimeout", "GRYAG_LLM_READ_TIMEOUT",
          "callTimeout", "GRYAG_LLM_CALL_TIMEOUT",
          "maxResponseBytes", "GRYAG_LLM_MAX_RESPONSE_BYTES");

  private static final Map<String, String> RETRY_KEYS =
      Map.of(
          "maxAttempts", "GRYAG_LLM_MAX_ATTEMPTS",
          "initialBackoff", "GRYAG_LLM_INITIAL_BACKOFF",
          "maxDelay", "GRYAG_LLM_MAX_RETRY_DELAY");

  private static final Map<String, String> BREAKER_KEYS =
      Map.of(
          "failureRatePercent", "GRYAG_LLM_BREAKER_FAILURE_RATE",
          "slidingWindow", "GRYAG_LLM_BREAKER_WINDOW",
          "minimumCalls", "GRYAG_LLM_BREAKER_MIN_CALLS",
          "openDuration", "GRYAG_LLM_BREAKER_OPEN_DURATION");

  private static final Map<String, String> CONCURRENCY_KEYS =
      Map.of(
          "maxConcurrentCalls", "GRYAG_LLM_MAX_CONCURRENT_CALLS",
          "maxWaitForSlot", "GRYAG_LLM_MAX_WAIT_FOR_SLOT");

  private RuntimeKnobs() {}

  static LlmRuntime.Builder read(EnvValues env) {
    LlmRuntime.Builder builder =
        LlmRuntime.builder()
            .http(EnvValues.named(HTTP_KEYS, () -> http(env)))
            .retry(EnvValues.named(RETRY_KEYS, () -> retry(env)))
            .breaker(EnvValues.named(BREAKER_KEYS, () -> breaker(env)));
    return EnvValues.named(
        CONCURRENCY_KEYS,
        () ->
            builder.concurrency(
                env.integer("GRYAG_LLM_MAX_CONCURRENT_CALLS").orElse(3),
                env.duration("GRYAG_LLM_MAX_WAIT_FOR_SLOT").orElse(Duration.ofMinutes(2))));
  }

  private static HttpSettings http(EnvValues env) {
    HttpSettings d = HttpSettings.DEFAULTS;
    return new HttpSettings(
        env.duration("GRYAG_LLM_CONNECT_TIMEOUT").orElse(d.connectTimeout()),
        env.duration("GRYAG_LLM_READ_TIMEOUT").orElse(d.readTimeout()),
        env.duration("GRYAG_LLM_CALL_TIMEOUT").orElse(d.callTimeout()),
        env.integer("GRYAG_LLM_MAX_RESPONSE_BYTES")
            .map(Integer::longValue)
            .orElse(d.maxResponseBytes()));
  }

  private static RetrySettings retry(EnvValues env) {
    RetrySettings d = RetrySettings.DEFAULTS;
    return new RetrySettings(
        env.integer("GRYAG_LLM_MAX_ATTEMPTS").orElse(d.maxAttempts()),
        env.duration("GRYAG_LLM_INITIAL_BACKOFF").orElse(d.initialBackoff()),
        d.multiplier(),
        d.jitter(),
        env.duration("GRYAG_LLM_MAX_RETRY_DELAY").orElse(d.maxDelay()));
  }

  private static BreakerSettings breaker(EnvValues env) {
    BreakerSettings d = BreakerSettings.DEFAULTS;
    return new BreakerSettings(
        env.integer("GRYAG_LLM_BREAKER_FAILURE_RATE").orElse(d.failureRatePercent()),
        env.integer("GRYAG_LLM_BREAKER_WINDOW").orElse(d.slidingWindow()),
        env.integer("GRYAG_LLM_BREAKER_MIN_CALLS").orElse(d.minimumCalls()),
        env.duration("GRYAG_LLM_BREAKER_OPEN_DURATION").orElse(d.openDuration()));
  }
}
