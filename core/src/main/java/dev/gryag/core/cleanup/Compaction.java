package dev.gryag.core.cleanup;

/** Whether old messages are summarised through the language model before they are deleted. */
public enum Compaction {
  /** Delete without a summary. */
  OFF,
  /** Summarise when a summariser is configured; if summarising fails, delete anyway. */
  BEST_EFFORT,
  /** Never delete a message that no summary covers: if summarising fails, keep them for now. */
  REQUIRED
}
