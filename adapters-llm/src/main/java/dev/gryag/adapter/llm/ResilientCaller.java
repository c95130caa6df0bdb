package dev.gryag.adapter.llm;

import dev.gryag.core.llm.LanguageModelException.Kind;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.core.exception.AcquirePermissionCancelledException;
import io.github.resilience4j.retry.Retry;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a provider's HTTP attempts under resilience4j: a {@link CircuitBreaker} that refuses calls
 * at once while open, a semaphore {@link Bulkhead} capping concurrent attempts, and a {@link Retry}
 * whose policy decides what to retry and how long to wait. The loop drives the retry's context
 * itself so the wait goes through the injected {@link Sleeper} and the bulkhead slot is free while
 * waiting.
 */
final class ResilientCaller {

  private static final Logger log = LoggerFactory.getLogger(ResilientCaller.class);

  /** A successful call: its value, the HTTP attempts it took and its whole duration. */
  record Attempted<T>(T value, int attempts, Duration latency) {}

  private final String provider;
  private final LlmRuntime runtime;
  private final KeyRing keys;
  private final Redactor redactor;
  private final Retry retry;
  private final CircuitBreaker breaker;
  private final Bulkhead bulkhead;

  ResilientCaller(String provider, List<ApiKey> keys, LlmRuntime runtime) {
    this.provider = provider;
    this.runtime = runtime;
    this.keys = new KeyRing(keys, runtime.clock(), runtime.retry().maxDelay());
    this.redactor = new Redactor(keys);
    this.retry = Retry.of(provider, RetryPolicy.config(runtime.retry(), this.keys::hasRestedKey));
    this.breaker = ProviderGuards.breaker(provider, runtime);
    this.bulkhead = ProviderGuards.bulkhead(provider, runtime);
  }

  /** The breaker's state, e.g. {@code CLOSED}; for tests and diagnostics. */
  String circuitState() {
    return breaker.getState().name();
  }

  /**
   * Runs {@code attempt} (one HTTP exchange with the given key, or none for keyless servers) until
   * it succeeds or the policy gives up.
   *
   * @throws ProviderException with the redacted reason and the attempts made
   */
  <T> Attempted<T> call(Function<Optional<ApiKey>, T> attempt) {
    long start = System.nanoTime();
    try {
      Attempts<T> run = new Attempts<>(attempt);
      T value = run.untilDone();
      return new Attempted<>(value, run.count, Duration.ofNanos(System.nanoTime() - start));
    } catch (ProviderException e) {
      runtime.metrics().failed(provider, e.kind(), Duration.ofNanos(System.nanoTime() - start));
      throw e;
    }
  }

  /** One call's attempt loop and its count. */
  private final class Attempts<T> {
    private final Function<Optional<ApiKey>, T> attempt;
    private final Retry.AsyncContext<Object> context = retry.asyncContext();
    private int count;
    private CallFailure last;

    Attempts(Function<Optional<ApiKey>, T> attempt) {
      this.attempt = attempt;
    }

    T untilDone() {
      while (true) {
        admit();
        count++;
        Optional<KeyRing.Lease> lease = keys.pick();
        CallFailure failure;
        try {
          T value = once(lease);
          context.onComplete();
          return value;
        } catch (CallFailure f) {
          failure = f;
          last = f;
        }
        if (failure.rateLimited()) {
          keys.rateLimited(lease, failure.retryAfter());
        }
        long waitMillis = context.onError(failure);
        if (waitMillis < 0) {
          throw giveUp(failure);
        }
        pause(failure, Duration.ofMillis(waitMillis));
      }
    }

    private void admit() {
      if (Thread.currentThread().isInterrupted()) {
        throw new ProviderException(
            Kind.INTERRUPTED, provider, "interrupted before the call", count, null);
      }
      if (!breaker.tryAcquirePermission()) {
        String reason =
            last == null
                ? "circuit breaker is open; not called"
                : "circuit breaker opened after: " + redactor.apply(last.getMessage());
        throw new ProviderException(Kind.UNAVAILABLE, provider, reason, count, null);
      }
      try {
        bulkhead.acquirePermission();
      } catch (BulkheadFullException | AcquirePermissionCancelledException e) {
        breaker.releasePermission();
        if (Thread.currentThread().isInterrupted()) {
          throw new ProviderException(
              Kind.INTERRUPTED, provider, "interrupted while waiting for a call slot", count, null);
        }
        throw new ProviderException(
            Kind.TRANSIENT,
            provider,
            "all "
                + runtime.maxConcurrentCalls()
                + " concurrent call slots stayed busy for "
                + runtime.maxWaitForSlot(),
            count,
            null);
      }
    }

    private T once(Optional<KeyRing.Lease> lease) {
      long start = System.nanoTime();
      try {
        T value = attempt.apply(lease.map(KeyRing.Lease::key));
        breaker.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        return value;
      } catch (RuntimeException | Error e) {
        breaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, e);
        throw e;
      } finally {
        bulkhead.onComplete();
      }
    }

    private void pause(CallFailure failure, Duration wait) {
      runtime.metrics().retrying(provider, failure.kind(), count, wait);
      log.warn(
          "{}: attempt {} failed ({}); retrying in {} ms",
          provider,
          count,
          redactor.apply(failure.getMessage()),
          wait.toMillis());
      if (wait.isZero()) {
        return;
      }
      try {
        runtime.sleeper().sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ProviderException(
            Kind.INTERRUPTED, provider, "interrupted while waiting to retry", count, null);
      }
    }

    private ProviderException giveUp(CallFailure failure) {
      String message = redactor.apply(failure.getMessage());
      if (count > 1) {
        message += " (after " + count + " attempts)";
      }
      if (failure.kind() == Kind.AUTHENTICATION) {
        message += "; check the provider's API key";
      }
      Throwable cause = failure.kind() == Kind.TRANSIENT ? failure.getCause() : null;
      return new ProviderException(failure.kind(), provider, message, count, cause);
    }
  }
}
