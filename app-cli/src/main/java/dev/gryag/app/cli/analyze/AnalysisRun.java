package dev.gryag.app.cli.analyze;

import dev.gryag.adapter.telegram.export.ExportReadOptions;
import dev.gryag.adapter.telegram.export.ExportReadSummary;
import dev.gryag.adapter.telegram.export.TelegramExportReader;
import dev.gryag.app.cli.report.AnalysisResult;
import dev.gryag.app.cli.support.ProgressMeter;
import dev.gryag.core.analytics.AnalyticsOptions;
import dev.gryag.core.analytics.ChatAnalytics;
import dev.gryag.core.analytics.ChatHeader;
import dev.gryag.core.analytics.HistoryEntry;
import dev.gryag.core.analytics.HistorySink;
import dev.gryag.core.analyzer.TextAnalyzer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** Reads an export into {@link ChatAnalytics} in one streaming pass: the work of analyze. */
final class AnalysisRun {

  private final TextAnalyzer analyzer;
  private final int threads;

  /** A run that analyses texts on {@code threads} worker threads beside the reading. */
  AnalysisRun(TextAnalyzer analyzer, int threads) {
    this.analyzer = analyzer;
    this.threads = threads;
  }

  AnalysisResult run(
      Path file, ExportReadOptions reading, AnalyticsOptions counting, ProgressMeter meter) {
    long started = System.nanoTime();
    ChatAnalytics analytics = new ChatAnalytics(analyzer, counting);
    ExportReadSummary summary;
    long bytes;
    try (InputStream in = meter.track(Files.newInputStream(file));
        ParallelAnalysis parallel = new ParallelAnalysis(analytics, threads)) {
      bytes = Files.size(file);
      summary =
          new TelegramExportReader(reading).read(in, file.toString(), metered(parallel, meter));
      parallel.finish();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    } finally {
      meter.close();
    }
    return new AnalysisResult(
        file.toString(),
        bytes,
        summary,
        analytics.report(),
        counting.top(),
        Duration.ofNanos(System.nanoTime() - started));
  }

  private static HistorySink metered(HistorySink sink, ProgressMeter meter) {
    return new HistorySink() {
      @Override
      public void beginChat(ChatHeader chat) {
        sink.beginChat(chat);
      }

      @Override
      public void accept(HistoryEntry entry) {
        sink.accept(entry);
        meter.message();
      }
    };
  }
}
