package dev.gryag.app.cli.bench;

import dev.gryag.core.analyzer.TextAnalyzer;
import java.lang.management.ManagementFactory;

/**
 * What one benchmark phase measured on the current thread: messages analysed, wall time, CPU time
 * and bytes allocated ({@code com.sun.management.ThreadMXBean}).
 */
record Measurement(long messages, long wallNanos, long cpuNanos, long allocatedBytes) {

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  /** Analyses the texts in turn, over and over, until {@code nanos} have passed. */
  static Measurement run(TextAnalyzer analyzer, String[] texts, long nanos) {
    return run(analyzer, texts, nanos, 256);
  }

  /**
   * As {@link #run(TextAnalyzer, String[], long)}, checking the clock every {@code batch} texts.
   */
  static Measurement run(TextAnalyzer analyzer, String[] texts, long nanos, int batch) {
    long allocated = THREADS.getCurrentThreadAllocatedBytes();
    long cpu = THREADS.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    long deadline = start + nanos;
    long count = 0;
    long sink = 0;
    int i = 0;
    do {
      for (int b = 0; b < batch; b++) {
        sink += analyzer.analyze(texts[i]).features().words();
        i = i + 1 == texts.length ? 0 : i + 1;
      }
      count += batch;
    } while (System.nanoTime() < deadline);
    long wall = System.nanoTime() - start;
    Blackhole.consume(sink);
    return new Measurement(
        count,
        wall,
        THREADS.getCurrentThreadCpuTime() - cpu,
        THREADS.getCurrentThreadAllocatedBytes() - allocated);
  }

  static boolean supported() {
    return THREADS.isCurrentThreadCpuTimeSupported() && THREADS.isThreadAllocatedMemorySupported();
  }

  double perWallSecond() {
    return messages / (wallNanos / 1e9);
  }

  /**
   * Messages per second of CPU time of this thread: the per-core figure, even on a busy machine.
   */
  double perCpuSecond() {
    return messages / (cpuNanos / 1e9);
  }

  /** Milliseconds of CPU time per message. */
  double cpuMillisPerMessage() {
    return cpuNanos / 1e6 / messages;
  }

  double bytesPerMessage() {
    return (double) allocatedBytes / messages;
  }

  /** Keeps results alive so the JIT cannot drop the work that made them. */
  static final class Blackhole {
    static volatile long sink;

    static void consume(long value) {
      sink += value;
    }
  }
}
