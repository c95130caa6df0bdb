package dev.gryag.app.bot.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.gryag.app.bot.ops.BotMetrics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

/** Metrics for the operations port. */
public final class OperationsModule extends AbstractModule {

  @Provides
  @Singleton
  BotMetrics metrics() {
    return new BotMetrics(new PrometheusRegistry()).withJvmMetrics();
  }
}
