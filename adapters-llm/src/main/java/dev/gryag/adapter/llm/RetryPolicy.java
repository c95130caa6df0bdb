package dev.gryag.adapter.llm;

import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.core.functions.Either;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * The retry rules as a resilience4j {@link RetryConfig}: which failures are retried and how long to
 * wait before the next attempt.
 *
 * <ul>
 *   <li>Only network errors, timeouts, 408, 429 and 5xx are retried.
 *   <li>A 429 while another key of the provider is rested is retried at once with that key.
 *   <li>A server hint ({@code Retry-After}, {@code retryDelay}, "try again in 7s") is waited out
 *       exactly when it is at most {@code maxDelay}; a longer one ends the retries.
 *   <li>Otherwise the wait is exponential backoff with jitter, capped at {@code maxDelay}.
 * </ul>
 */
final class RetryPolicy {

  private RetryPolicy() {}

  static RetryConfig config(RetrySettings settings, BooleanSupplier restedKeyAvailable) {
    IntervalFunction backoff = backoff(settings);
    return RetryConfig.<Object>custom()
        .maxAttempts(settings.maxAttempts())
        .retryOnException(t -> shouldRetry(t, settings.maxDelay(), restedKeyAvailable))
        .intervalBiFunction((Integer attempt, Either<Throwable, Object> outcome) ->
            waitMillis(attempt, outcome.getLeft(), backoff, restedKeyAvailable))
        .failAfterMaxAttempts(false)
        .build();
  }

  static boolean shouldRetry(Throwable t, Duration maxDelay, BooleanSupplier restedKeyAvailable) {
    if (!(t instanceof CallFailure failure) || !failure.retryable()) {
      return false;
    }
    if (failure.rateLimited() && restedKeyAvailable.getAsBoolean()) {
      return true;
    }
    return failure.retryAfter().map(hint -> hint.compareTo(maxDelay) <= 0).orElse(true);
  }

  static long waitMillis(
      int attempt, Throwable t, IntervalFunction backoff, BooleanSupplier restedKeyAvailable) {
    CallFailure failure = (CallFailure) t;
    if (failure.rateLimited() && restedKeyAvailable.getAsBoolean()) {
      return 0;
    }
    return failure.retryAfter().map(Duration::toMillis).orElseGet(() -> backoff.apply(attempt));
  }

  /** The library's randomised exponential backoff, never above {@code maxDelay} after jitter. */
  static IntervalFunction backoff(RetrySettings settings) {
    IntervalFunction exponential =
        IntervalFunction.ofExponentialRandomBackoff(
            settings.initialBackoff(),
            settings.multiplier(),
            settings.jitter(),
            settings.maxDelay());
    long cap = settings.maxDelay().toMillis();
    return attempt -> Math.min(exponential.apply(attempt), cap);
  }
}
