package dev.gryag.app.cli.backup;

import dev.gryag.core.config.Sizes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The lines of a backup, each at most a number of bytes and valid UTF-8: a line that never ends
 * (one huge row, or no line breaks at all) is refused when it passes the cap, before it fills
 * memory, and the error names the line.
 */
final class BackupLines {

  private final InputStream in;
  private final String name;
  private final int maxLineBytes;
  private final byte[] buffer = new byte[1 << 16];
  private int position;
  private int limit;
  private byte[] line = new byte[1 << 12];
  private long number;

  BackupLines(InputStream in, String name, int maxLineBytes) {
    this.in = in;
    this.name = name;
    this.maxLineBytes = maxLineBytes;
  }

  /** The number of the line {@link #next} returned last, from 1. */
  long number() {
    return number;
  }

  /** The next line without its break, or null at the end. */
  String next() throws IOException {
    int length = 0;
    boolean any = false;
    while (true) {
      if (position == limit) {
        limit = in.read(buffer);
        position = 0;
        if (limit <= 0) {
          limit = 0;
          if (!any) {
            return null;
          }
          break;
        }
      }
      any = true;
      int end = position;
      while (end < limit && buffer[end] != '\n') {
        end++;
      }
      length = append(length, end - position);
      boolean broken = end < limit;
      position = broken ? end + 1 : end;
      if (broken) {
        break;
      }
    }
    number++;
    if (length > 0 && line[length - 1] == '\r') {
      length--;
    }
    return decode(length);
  }

  private int append(int length, int count) {
    if ((long) length + count > maxLineBytes) {
      throw new BackupReader.BadBackupException(
          name
              + ":"
              + (number + 1)
              + ": a line longer than "
              + Sizes.format(maxLineBytes)
              + "; not a Gryag backup, or a damaged one");
    }
    if (length + count > line.length) {
      line = Arrays.copyOf(line, Math.max(length + count, Math.min(maxLineBytes, line.length * 2)));
    }
    System.arraycopy(buffer, position, line, length, count);
    return length + count;
  }

  private String decode(int length) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(line, 0, length))
          .toString();
    } catch (CharacterCodingException e) {
      throw new BackupReader.BadBackupException(name + ":" + number + ": not valid UTF-8", e);
    }
  }
}
