package dev.gryag.core.cleanup;

/**
 * What one batch of a {@link RetentionTarget.Sweep} did.
 *
 * @param removed items deleted
 * @param summaries chat summaries written before deleting messages
 * @param summaryFailures summaries that could not be written
 * @param done true when nothing more is due for this sweep
 */
public record BatchResult(int removed, int summaries, int summaryFailures, boolean done) {

  public BatchResult {
    if (removed < 0 || summaries < 0 || summaryFailures < 0) {
      throw new IllegalArgumentException("batch counts must not be negative");
    }
  }

  /** A batch that deleted {@code removed} items and wrote no summary. */
  public static BatchResult removed(int removed, boolean done) {
    return new BatchResult(removed, 0, 0, done);
  }
}
