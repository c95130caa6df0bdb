package dev.gryag.app.cli.support;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on standard error while an export is read: megabytes read of the file's size, and
 * messages per second. {@link #silent()} shows nothing, for pipes and {@code --quiet}.
 */
public class ProgressMeter implements AutoCloseable {

  private static final long MIB = 1L << 20;
  private static final int MESSAGE_STRIDE = 8192;

  private final ProgressBar bar;
  private final long startNanos = System.nanoTime();
  private long messages;

  private ProgressMeter(ProgressBar bar) {
    this.bar = bar;
  }

  public static ProgressMeter silent() {
    return new ProgressMeter(null);
  }

  public static ProgressMeter onTerminal(String task, long totalBytes, PrintStream err) {
    ProgressBar bar =
        new ProgressBarBuilder()
            .setTaskName(task)
            .setInitialMax(totalBytes)
            .setUnit(" MiB", MIB)
            .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
            .setConsumer(new ConsoleProgressBarConsumer(err, 100))
            .setUpdateIntervalMillis(200)
            .showSpeed()
            .clearDisplayOnFinish()
            .build();
    return new ProgressMeter(bar);
  }

  /** The stream, counting the bytes read from it into the bar. */
  public InputStream track(InputStream in) {
    if (bar == null) {
      return in;
    }
    return new FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          bar.stepBy(1);
        }
        return b;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
          bar.stepBy(n);
        }
        return n;
      }
    };
  }

  /** One more message read. */
  public void message() {
    messages++;
    if (bar != null && messages % MESSAGE_STRIDE == 0) {
      double seconds = Math.max(1e-3, (System.nanoTime() - startNanos) / 1e9);
      bar.setExtraMessage(String.format(" · %,d msgs, %,.0f msgs/s", messages, messages / seconds));
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
