package dev.gryag.adapter.llm;

import static dev.gryag.core.config.SettingGroup.LLM;

import dev.gryag.core.config.Durations;
import dev.gryag.core.config.Setting;
import dev.gryag.core.config.SettingTypes;
import dev.gryag.core.config.Sizes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The LLM adapter's keys: the providers' API keys, models and base URLs, their fallback order, the
 * timeout, retry, breaker and concurrency knobs, and the embedding model. {@link LlmEnvironment}
 * reads them.
 */
public final class LlmSettings {

  /** Providers tried when {@code GRYAG_LLM_PROVIDERS} is empty: those whose key is set. */
  static final List<String> DEFAULT_ORDER =
      List.of("gemini", "openai", "groq", "mistral", "openrouter");

  private static final Duration MILLISECOND = Duration.ofMillis(1);
  private static final int NO_MAXIMUM = Integer.MAX_VALUE;

  public static final Setting<List<String>> PROVIDERS =
      Setting.of(
          "GRYAG_LLM_PROVIDERS",
          LLM,
          SettingTypes.list(
                  SettingTypes.oneOf(ProviderSettings.NAMES),
                  "provider names separated by commas, from "
                      + String.join(", ", ProviderSettings.NAMES))
              .describedAs(String.join(", ", ProviderSettings.NAMES)),
          "",
          "Fallback order, comma-separated (ollama, llamacpp only when listed); empty: every"
              + " provider whose key is set, in the order "
              + String.join(", ", DEFAULT_ORDER)
              + ".");
  public static final Setting<Map<String, String>> GEMINI_SAFETY =
      Setting.of(
          "GRYAG_LLM_GEMINI_SAFETY",
          LLM,
          SettingTypes.pairs(),
          "",
          "Gemini's safety thresholds as CATEGORY=THRESHOLD pairs (HARM_CATEGORY_HARASSMENT="
              + "BLOCK_ONLY_HIGH; BLOCK_NONE, BLOCK_ONLY_HIGH, BLOCK_MEDIUM_AND_ABOVE,"
              + " BLOCK_LOW_AND_ABOVE, OFF); empty: the provider's defaults.");
  public static final Setting<Duration> CONNECT_TIMEOUT =
      duration(
          "GRYAG_LLM_CONNECT_TIMEOUT",
          HttpSettings.DEFAULTS.connectTimeout(),
          "Opening a connection to a provider.");
  public static final Setting<Duration> READ_TIMEOUT =
      duration(
          "GRYAG_LLM_READ_TIMEOUT",
          HttpSettings.DEFAULTS.readTimeout(),
          "Longest silence while reading a response.");
  public static final Setting<Duration> CALL_TIMEOUT =
      duration(
          "GRYAG_LLM_CALL_TIMEOUT",
          HttpSettings.DEFAULTS.callTimeout(),
          "One HTTP attempt, end to end.");
  public static final Setting<Long> MAX_RESPONSE_BYTES =
      Setting.of(
          "GRYAG_LLM_MAX_RESPONSE_BYTES",
          LLM,
          SettingTypes.size(1024),
          Sizes.format(HttpSettings.DEFAULTS.maxResponseBytes()),
          "Larger responses (of any status) are refused as malformed and not retried; the next"
              + " provider is tried.");
  public static final Setting<Integer> MAX_ATTEMPTS =
      integer(
          "GRYAG_LLM_MAX_ATTEMPTS",
          1,
          NO_MAXIMUM,
          RetrySettings.DEFAULTS.maxAttempts(),
          "Attempts per provider per call, the first included.");
  public static final Setting<Duration> INITIAL_BACKOFF =
      duration(
          "GRYAG_LLM_INITIAL_BACKOFF",
          RetrySettings.DEFAULTS.initialBackoff(),
          "First wait before a retry (it doubles, ±50 % jitter); at most GRYAG_LLM_MAX_RETRY_DELAY.");
  public static final Setting<Duration> MAX_RETRY_DELAY =
      duration(
          "GRYAG_LLM_MAX_RETRY_DELAY",
          RetrySettings.DEFAULTS.maxDelay(),
          "Cap on any wait; a longer server hint ends the retries for that provider.");
  public static final Setting<Integer> MAX_CONCURRENT_CALLS =
      integer(
          "GRYAG_LLM_MAX_CONCURRENT_CALLS",
          1,
          NO_MAXIMUM,
          LlmRuntime.DEFAULT_MAX_CONCURRENT_CALLS,
          "HTTP calls in flight per provider.");
  public static final Setting<Duration> MAX_WAIT_FOR_SLOT =
      duration(
          "GRYAG_LLM_MAX_WAIT_FOR_SLOT",
          LlmRuntime.DEFAULT_MAX_WAIT_FOR_SLOT,
          "How long a caller waits for a slot before failing (transient).");
  public static final Setting<Integer> BREAKER_FAILURE_RATE =
      integer(
          "GRYAG_LLM_BREAKER_FAILURE_RATE",
          1,
          100,
          BreakerSettings.DEFAULTS.failureRatePercent(),
          "Percent of failed attempts that opens a provider's breaker.");
  public static final Setting<Integer> BREAKER_WINDOW =
      integer(
          "GRYAG_LLM_BREAKER_WINDOW",
          1,
          NO_MAXIMUM,
          BreakerSettings.DEFAULTS.slidingWindow(),
          "Attempts the failure rate is computed over.");
  public static final Setting<Integer> BREAKER_MIN_CALLS =
      integer(
          "GRYAG_LLM_BREAKER_MIN_CALLS",
          1,
          NO_MAXIMUM,
          BreakerSettings.DEFAULTS.minimumCalls(),
          "Attempts needed before the rate is judged; at most GRYAG_LLM_BREAKER_WINDOW.");
  public static final Setting<Duration> BREAKER_OPEN_DURATION =
      duration(
          "GRYAG_LLM_BREAKER_OPEN_DURATION",
          BreakerSettings.DEFAULTS.openDuration(),
          "How long an open breaker refuses calls before one probe.");
  public static final Setting<Optional<String>> EMBEDDING_PROVIDER =
      Setting.of(
          "GRYAG_EMBEDDING_PROVIDER",
          LLM,
          SettingTypes.oneOf(
                  Stream.concat(Stream.of("none"), ProviderSettings.NAMES.stream()).toList())
              .optional(),
          "",
          "Provider of the embedding model (semantic recall), named as in GRYAG_LLM_PROVIDERS;"
              + " empty or none: no embeddings.");
  public static final Setting<String> EMBEDDING_MODEL =
      Setting.of(
          "GRYAG_EMBEDDING_MODEL",
          LLM,
          SettingTypes.text(),
          "",
          "Embedding model; empty: the provider's usual one.");
  public static final Setting<Optional<Integer>> EMBEDDING_DIMENSIONS =
      Setting.of(
          "GRYAG_EMBEDDING_DIMENSIONS",
          LLM,
          SettingTypes.integer(1, 65_536).optional(),
          "",
          "Length of the embedding vectors; setting it also asks the provider for that length;"
              + " empty: the model's usual length.");

  private LlmSettings() {}

  /** Every key of the LLM adapter, in documentation order. */
  public static List<Setting<?>> all() {
    List<Setting<?>> all = new ArrayList<>();
    ProviderSettings.ALL.forEach(p -> all.add(p.apiKey()));
    all.add(PROVIDERS);
    ProviderSettings.ALL.forEach(p -> {
      all.add(p.model());
      all.add(p.baseUrl());
    });
    all.addAll(
        List.of(
            GEMINI_SAFETY,
            CONNECT_TIMEOUT,
            READ_TIMEOUT,
            CALL_TIMEOUT,
            MAX_RESPONSE_BYTES,
            MAX_ATTEMPTS,
            INITIAL_BACKOFF,
            MAX_RETRY_DELAY,
            MAX_CONCURRENT_CALLS,
            MAX_WAIT_FOR_SLOT,
            BREAKER_FAILURE_RATE,
            BREAKER_WINDOW,
            BREAKER_MIN_CALLS,
            BREAKER_OPEN_DURATION,
            EMBEDDING_PROVIDER,
            EMBEDDING_MODEL,
            EMBEDDING_DIMENSIONS));
    return List.copyOf(all);
  }

  /**
   * Builds a value, rewriting a validation failure so it names keys instead of record fields (e.g.
   * {@code minimumCalls} becomes {@code GRYAG_LLM_BREAKER_MIN_CALLS}): for rules between keys.
   */
  static <T> T named(Map<String, Setting<?>> fieldToKey, Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException e) {
      String message = e.getMessage();
      for (Map.Entry<String, Setting<?>> field : fieldToKey.entrySet()) {
        message = message.replace(field.getKey(), field.getValue().key());
      }
      throw new IllegalArgumentException(message, e);
    }
  }

  private static Setting<Duration> duration(String key, Duration fallback, String doc) {
    return Setting.of(
        key, LLM, SettingTypes.duration(MILLISECOND, null), Durations.format(fallback), doc);
  }

  private static Setting<Integer> integer(String key, int min, int max, int fallback, String doc) {
    return Setting.of(key, LLM, SettingTypes.integer(min, max), String.valueOf(fallback), doc);
  }
}
