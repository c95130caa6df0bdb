package dev.gryag.app.cli.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class CappedInputTest {

  /** {@code megabytes} of zeros, gzip-compressed to about a thousandth of that. */
  static byte[] bomb(String head, int megabytes) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
      gzip.write(head.getBytes(StandardCharsets.UTF_8));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < megabytes; i++) {
        gzip.write(zeros);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  @Test
  void aGzipBombIsRefusedOnceItInflatesPastTheCap() throws IOException {
    byte[] bomb = bomb("", 50);
    assertThat(bomb.length).isLessThan(100_000);
    InputStream in =
        new CappedInput(
            new GZIPInputStream(new ByteArrayInputStream(bomb)), "bomb.jsonl.gz", 1 << 20);

    Sink sink = new Sink();
    assertThatThrownBy(() -> in.transferTo(sink))
        .isInstanceOf(BackupReader.BadBackupException.class)
        .hasMessage(
            "bomb.jsonl.gz: decompresses to more than 1MiB (--max-bytes); nothing was"
                + " restored");
    assertThat(sink.count).isLessThanOrEqualTo(1 << 20);
  }

  @Test
  void aStreamWithinTheCapIsReadWhole() throws IOException {
    byte[] small = bomb("", 1);
    try (InputStream in =
        new CappedInput(
            new GZIPInputStream(new ByteArrayInputStream(small)), "small.jsonl.gz", 1 << 20)) {
      assertThat(in.readAllBytes()).hasSize(1 << 20);
    }
  }

  @Test
  void theLargestCapDoesNotOverflow() throws IOException {
    try (InputStream in =
        new CappedInput(new ByteArrayInputStream(new byte[10]), "x", Long.MAX_VALUE)) {
      assertThat(in.readAllBytes()).hasSize(10);
    }
  }

  /** Counts what is written to it and keeps nothing. */
  private static final class Sink extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }
}
