package dev.gryag.app.cli.analyze;

import dev.gryag.core.analytics.AnalysedMessage;
import dev.gryag.core.analytics.ChatAnalytics;
import dev.gryag.core.analytics.ChatHeader;
import dev.gryag.core.analytics.HistoryEntry;
import dev.gryag.core.analytics.HistoryMessage;
import dev.gryag.core.analytics.HistorySink;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Feeds {@link ChatAnalytics} while worker threads analyse the texts ahead of it: the reader's
 * thread collects entries in batches, the workers analyse each batch's messages, and the reader's
 * thread folds the batches in their original order. At most {@code 2 × workers} batches wait, so
 * memory stays bounded; text analysis, the costliest step, runs beside the parsing.
 */
final class ParallelAnalysis implements HistorySink, AutoCloseable {

  private static final int BATCH = 512;

  private final ChatAnalytics analytics;
  private final ExecutorService workers;
  private final int waiting;
  private final ArrayDeque<Future<AnalysedMessage[]>> analysed = new ArrayDeque<>();
  private final ArrayDeque<List<HistoryEntry>> batches = new ArrayDeque<>();
  private List<HistoryEntry> current = new ArrayList<>(BATCH);

  ParallelAnalysis(ChatAnalytics analytics, int threads) {
    this.analytics = analytics;
    this.waiting = 2 * threads;
    AtomicInteger count = new AtomicInteger();
    this.workers =
        Executors.newFixedThreadPool(
            threads,
            task -> {
              Thread thread = new Thread(task, "gryag-analysis-" + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
  }

  @Override
  public void beginChat(ChatHeader chat) {
    finish();
    analytics.beginChat(chat);
  }

  @Override
  public void accept(HistoryEntry entry) {
    current.add(entry);
    if (current.size() == BATCH) {
      submit();
    }
  }

  /** Folds everything accepted so far; call after the last entry. */
  void finish() {
    submit();
    while (!batches.isEmpty()) {
      foldOldest();
    }
  }

  @Override
  public void close() {
    workers.shutdownNow();
  }

  private void submit() {
    if (current.isEmpty()) {
      return;
    }
    List<HistoryEntry> batch = current;
    current = new ArrayList<>(BATCH);
    batches.add(batch);
    analysed.add(workers.submit(() -> analyse(batch)));
    while (batches.size() > waiting) {
      foldOldest();
    }
  }

  private AnalysedMessage[] analyse(List<HistoryEntry> batch) {
    AnalysedMessage[] analysed = new AnalysedMessage[batch.size()];
    for (int i = 0; i < analysed.length; i++) {
      if (batch.get(i) instanceof HistoryMessage message) {
        analysed[i] = analytics.analyse(message);
      }
    }
    return analysed;
  }

  private void foldOldest() {
    List<HistoryEntry> batch = batches.poll();
    AnalysedMessage[] messages = await(analysed.poll());
    for (int i = 0; i < messages.length; i++) {
      if (messages[i] != null) {
        analytics.accept(messages[i]);
      } else {
        analytics.accept(batch.get(i));
      }
    }
  }

  private static AnalysedMessage[] await(Future<AnalysedMessage[]> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while analysing messages", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("analysing messages failed: " + e.getCause(), e.getCause());
    }
  }
}
