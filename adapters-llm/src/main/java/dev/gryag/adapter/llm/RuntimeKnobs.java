package dev.gryag.adapter.llm;

import static dev.gryag.adapter.llm.LlmSettings.BREAKER_FAILURE_RATE;
import static dev.gryag.adapter.llm.LlmSettings.BREAKER_MIN_CALLS;
import static dev.gryag.adapter.llm.LlmSettings.BREAKER_OPEN_DURATION;
import static dev.gryag.adapter.llm.LlmSettings.BREAKER_WINDOW;
import static dev.gryag.adapter.llm.LlmSettings.CALL_TIMEOUT;
import static dev.gryag.adapter.llm.LlmSettings.CONNECT_TIMEOUT;
import static dev.gryag.adapter.llm.LlmSettings.INITIAL_BACKOFF;
import static dev.gryag.adapter.llm.LlmSettings.MAX_ATTEMPTS;
import static dev.gryag.adapter.llm.LlmSettings.MAX_CONCURRENT_CALLS;
import static dev.gryag.adapter.llm.LlmSettings.MAX_RESPONSE_BYTES;
import static dev.gryag.adapter.llm.LlmSettings.MAX_RETRY_DELAY;
import static dev.gryag.adapter.llm.LlmSettings.MAX_WAIT_FOR_SLOT;
import static dev.gryag.adapter.llm.LlmSettings.READ_TIMEOUT;

import dev.gryag.core.config.Configuration;
import dev.gryag.core.config.Setting;
import java.util.Map;

/** The {@code GRYAG_LLM_*} timeout, retry, breaker and concurrency keys, read into a builder. */
final class RuntimeKnobs {

  /** The record fields a rule between keys may name, and the keys they come from. */
  private static final Map<String, Setting<?>> FIELDS =
      Map.of(
          "initialBackoff", INITIAL_BACKOFF,
          "maxDelay", MAX_RETRY_DELAY,
          "minimumCalls", BREAKER_MIN_CALLS,
          "slidingWindow", BREAKER_WINDOW);

  private RuntimeKnobs() {}

  static LlmRuntime.Builder read(Configuration config) {
    return LlmSettings.named(
        FIELDS,
        () ->
            LlmRuntime.builder()
                .http(
                    new HttpSettings(
                        config.get(CONNECT_TIMEOUT),
                        config.get(READ_TIMEOUT),
                        config.get(CALL_TIMEOUT),
                        config.get(MAX_RESPONSE_BYTES)))
                .retry(
                    new RetrySettings(
                        config.get(MAX_ATTEMPTS),
                        config.get(INITIAL_BACKOFF),
                        RetrySettings.DEFAULTS.multiplier(),
                        RetrySettings.DEFAULTS.jitter(),
                        config.get(MAX_RETRY_DELAY)))
                .breaker(
                    new BreakerSettings(
                        config.get(BREAKER_FAILURE_RATE),
                        config.get(BREAKER_WINDOW),
                        config.get(BREAKER_MIN_CALLS),
                        config.get(BREAKER_OPEN_DURATION)))
                .concurrency(config.get(MAX_CONCURRENT_CALLS), config.get(MAX_WAIT_FOR_SLOT)));
  }
}
