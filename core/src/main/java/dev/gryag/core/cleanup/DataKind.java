package dev.gryag.core.cleanup;

/** The kinds of data retention trims, each with its own rule in {@link RetentionPolicy}. */
public enum DataKind {
  /** Chat messages: by age and by count per chat, optionally summarised first. */
  MESSAGES,
  /** Member profiles of members gone quiet. */
  PROFILES,
  /** Facts whose confidence faded below a floor. */
  FACTS,
  /** Cached analyses of message texts. */
  ANALYSIS_CACHE,
  /** Chat summaries written by compaction. */
  SUMMARIES
}
