package dev.gryag.app.cli.bench.memory;

/** What a benchmark question needs from memory, as the table names it. */
enum QuestionKind {
  /** One stated fact. */
  SINGLE,
  /** Two facts, stated by different members in different sessions. */
  MULTI,
  /** When something happened: the turn and its date. */
  TEMPORAL,
  /** A judgement from a few turns on one subject, none of which names it. */
  INFERENCE;

  String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
