package dev.gryag.adapter.llm;

import dev.gryag.core.llm.LanguageModelException.Kind;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A provider's resilience4j {@link CircuitBreaker} (on the runtime's clock, so tests move time) and
 * semaphore {@link Bulkhead}, with breaker transitions logged and reported to the metrics hooks.
 */
final class ProviderGuards {

  private static final Logger log = LoggerFactory.getLogger(ProviderGuards.class);

  private ProviderGuards() {}

  static CircuitBreaker breaker(String provider, LlmRuntime runtime) {
    BreakerSettings settings = runtime.breaker();
    CircuitBreakerConfig config =
        CircuitBreakerConfig.custom()
            .slidingWindow(
                settings.slidingWindow(), settings.minimumCalls(), SlidingWindowType.COUNT_BASED)
            .failureRateThreshold(settings.failureRatePercent())
            .waitDurationInOpenState(settings.openDuration())
            .permittedNumberOfCallsInHalfOpenState(1)
            .recordException(t -> !(t instanceof CallFailure f) || f.countsAgainstProvider())
            .ignoreException(t -> t instanceof CallFailure f && f.kind() == Kind.INTERRUPTED)
            .clock(runtime.clock())
            .build();
    CircuitBreaker breaker = CircuitBreaker.of(provider, config);
    breaker
        .getEventPublisher()
        .onStateTransition(e -> stateChanged(provider, runtime, e.getStateTransition()));
    return breaker;
  }

  static Bulkhead bulkhead(String provider, LlmRuntime runtime) {
    return Bulkhead.of(
        provider,
        BulkheadConfig.custom()
            .maxConcurrentCalls(runtime.maxConcurrentCalls())
            .maxWaitDuration(runtime.maxWaitForSlot())
            .build());
  }

  private static void stateChanged(
      String provider, LlmRuntime runtime, CircuitBreaker.StateTransition transition) {
    String from = transition.getFromState().name();
    String to = transition.getToState().name();
    if (transition.getToState() == CircuitBreaker.State.OPEN) {
      log.warn(
          "{}: circuit breaker {} -> {}; calls are refused for {}",
          provider,
          from,
          to,
          runtime.breaker().openDuration());
    } else {
      log.info("{}: circuit breaker {} -> {}", provider, from, to);
    }
    runtime.metrics().circuitStateChanged(provider, from, to);
  }
}
