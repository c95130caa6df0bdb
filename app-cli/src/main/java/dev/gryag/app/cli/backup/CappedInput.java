package dev.gryag.app.cli.backup;

import dev.gryag.core.config.Sizes;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A decompressed backup read up to a number of bytes and refused past it, so that a small file
 * which inflates without end (a gzip bomb) cannot fill memory or the database.
 */
final class CappedInput extends FilterInputStream {

  private final String name;
  private final long max;
  private long read;

  CappedInput(InputStream in, String name, long max) {
    super(in);
    this.name = name;
    this.max = max;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      count(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, (int) Math.min(length, allowed()));
    if (n > 0) {
      count(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(Math.min(n, allowed()));
    count(skipped);
    return skipped;
  }

  /** One byte past the cap at most: enough to tell that it is passed. */
  private long allowed() {
    long left = max - read;
    return left == Long.MAX_VALUE ? left : left + 1;
  }

  private void count(long n) {
    read += n;
    if (read > max) {
      throw new BackupReader.BadBackupException(
          name
              + ": decompresses to more than "
              + Sizes.format(max)
              + " (--max-bytes); nothing was restored");
    }
  }
}
