package dev.gryag.app.cli.support;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * The CLI's error stream: each line goes out without escape sequences, control characters or bidi
 * overrides ({@link ControlSequences}). Error lines quote what the user handed in (a file name, a
 * value from an export or a backup), and those must not restyle or rewrite the terminal. Lines are
 * held until their end (or a flush), so a sequence split across writes is still caught.
 */
public final class TerminalSafeWriter extends FilterWriter {

  private final StringBuilder line = new StringBuilder();

  public TerminalSafeWriter(Writer out) {
    super(out);
  }

  @Override
  public void write(int c) throws IOException {
    synchronized (lock) {
      if (c == '\n') {
        out.write(ControlSequences.strip(line.toString()));
        out.write('\n');
        line.setLength(0);
      } else {
        line.append((char) c);
      }
    }
  }

  @Override
  public void write(char[] chars, int offset, int length) throws IOException {
    synchronized (lock) {
      for (int i = offset; i < offset + length; i++) {
        write(chars[i]);
      }
    }
  }

  @Override
  public void write(String text, int offset, int length) throws IOException {
    synchronized (lock) {
      for (int i = offset; i < offset + length; i++) {
        write(text.charAt(i));
      }
    }
  }

  @Override
  public void flush() throws IOException {
    synchronized (lock) {
      if (!line.isEmpty()) {
        out.write(ControlSequences.strip(line.toString()));
        line.setLength(0);
      }
      out.flush();
    }
  }

  @Override
  public void close() throws IOException {
    flush();
    out.close();
  }
}
