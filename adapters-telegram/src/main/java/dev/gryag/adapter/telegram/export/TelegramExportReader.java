package dev.gryag.adapter.telegram.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import dev.gryag.core.analytics.HistorySink;
import dev.gryag.core.analytics.MalformedHistoryException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads Telegram Desktop exports ({@code result.json}, single chat or whole account) into a {@link
 * HistorySink}, streaming with Jackson's parser: memory stays constant whatever the file's size.
 * Copes with every shape Telegram Desktop has written: text as a string or as parts, service
 * messages, media, polls, forwards, edits, reactions, deleted accounts, exports without {@code
 * date_unixtime}, repeated or zero ids. Malformed input raises {@link MalformedHistoryException}
 * naming the line, the column and what was expected; in lenient mode unreadable messages are
 * skipped and counted instead. Thread-safe: each call reads on its own parser.
 */
public final class TelegramExportReader {

  /** How many problems of skipped messages a summary keeps. */
  public static final int PROBLEMS_KEPT = 10;

  private final JsonFactory json = JsonFactory.builder().build();
  private final ExportReadOptions options;

  public TelegramExportReader(ExportReadOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  /** Reads the export at {@code file}. */
  public ExportReadSummary read(Path file, HistorySink sink) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString(), sink);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads the export {@code in} holds, named {@code source} in messages; the caller closes it.
   *
   * @throws MalformedHistoryException when the input is not a readable export
   * @throws UncheckedIOException when reading fails
   */
  public ExportReadSummary read(InputStream in, String source, HistorySink sink) {
    Objects.requireNonNull(sink, "sink");
    ExportWalker walker = null;
    JsonParser parser;
    try {
      parser = json.createParser(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
    }
    try (parser) {
      walker = new ExportWalker(parser, source, options, sink);
      return walker.walk();
    } catch (JsonEOFException e) {
      if (options.lenient() && walker != null) {
        walker.noteProblem(
            position(e.getLocation()) + ": the file ends early; kept what came before");
        return walker.summary(true);
      }
      throw malformed(
          source,
          e,
          "the file ends early (" + e.getOriginalMessage() + "); is the export complete?");
    } catch (StreamReadException e) {
      throw malformed(source, e, "not valid JSON: " + e.getOriginalMessage());
    } catch (StreamConstraintsException e) {
      // Nesting past 1,000 levels, a string past 20M characters, a number past 1,000 digits: no
      // export nests or runs like that, and the parser refuses it before it costs memory.
      JsonLocation at = parser.currentLocation();
      throw new MalformedHistoryException(
          source,
          at.getLineNr(),
          at.getColumnNr(),
          "not a Telegram export: " + e.getOriginalMessage(),
          e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
    }
  }

  private static MalformedHistoryException malformed(
      String source, StreamReadException e, String problem) {
    JsonLocation at = e.getLocation();
    long line = at == null ? 0 : at.getLineNr();
    long column = at == null ? 0 : at.getColumnNr();
    return new MalformedHistoryException(source, line, column, problem, e);
  }

  private static String position(JsonLocation at) {
    return at == null ? "at the end" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
  }
}
