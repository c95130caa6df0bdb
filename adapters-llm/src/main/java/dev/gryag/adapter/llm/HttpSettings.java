package dev.gryag.adapter.llm;

import java.time.Duration;
import java.util.Objects;

/**
 * Timeouts and limits of the HTTP calls every LLM adapter makes.
 *
 * @param connectTimeout the longest wait to open a connection
 * @param readTimeout the longest silence between two reads of a response
 * @param callTimeout the longest a single HTTP attempt may take end to end (retries are separate)
 * @param maxResponseBytes responses larger than this are refused as malformed, without reading more
 *     than this of them
 */
public record HttpSettings(
    Duration connectTimeout, Duration readTimeout, Duration callTimeout, long maxResponseBytes) {

  /**
   * 10 s to connect, 60 s between reads, 90 s per attempt, 16 MiB per response: a batch of 100
   * embeddings of 3072 dimensions, as OpenAI sends them (pretty-printed floats), is about 9 MiB.
   */
  public static final HttpSettings DEFAULTS =
      new HttpSettings(
          Duration.ofSeconds(10), Duration.ofSeconds(60), Duration.ofSeconds(90), 16L << 20);

  public HttpSettings {
    Durations.requirePositive(connectTimeout, "connectTimeout");
    Durations.requirePositive(readTimeout, "readTimeout");
    Durations.requirePositive(callTimeout, "callTimeout");
    if (maxResponseBytes < 1024) {
      throw new IllegalArgumentException(
          "maxResponseBytes must be at least 1024, was " + maxResponseBytes);
    }
  }

  public HttpSettings withTimeouts(Duration connect, Duration read, Duration call) {
    return new HttpSettings(connect, read, call, maxResponseBytes);
  }

  public HttpSettings withMaxResponseBytes(long bytes) {
    return new HttpSettings(connectTimeout, readTimeout, callTimeout, bytes);
  }

  /** Shared validation for the settings records of this package. */
  static final class Durations {
    private Durations() {}

    static void requirePositive(Duration value, String field) {
      Objects.requireNonNull(value, field);
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException(field + " must be positive, was " + value);
      }
    }
  }
}
