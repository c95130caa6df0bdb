package dev.gryag.core.analytics;

import java.util.Objects;

/**
 * A chat history that cannot be read: names the source, the line and column where reading stopped,
 * and what was expected there. Readers translate their parser's errors into this.
 */
public final class MalformedHistoryException extends RuntimeException {

  private final String source;
  private final long line;
  private final long column;
  private final String problem;

  /**
   * @param source the file or stream read, as the user named it
   * @param line 1-based line of the problem, or 0 when unknown
   * @param column 1-based column of the problem, or 0 when unknown
   * @param problem what was wrong and what was expected, one sentence
   * @param cause the parser's exception, or null
   */
  public MalformedHistoryException(
      String source, long line, long column, String problem, Throwable cause) {
    super(Objects.requireNonNull(source, "source") + ":" + line + ":" + column + ": " + problem);
    this.source = source;
    this.line = line;
    this.column = column;
    this.problem = Objects.requireNonNull(problem, "problem");
    if (cause != null) {
      initCause(cause);
    }
  }

  public String source() {
    return source;
  }

  public long line() {
    return line;
  }

  public long column() {
    return column;
  }

  /** What was wrong, without the position. */
  public String problem() {
    return problem;
  }
}
