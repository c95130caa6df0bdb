package dev.gryag.app.cli;

/** The forms {@code gryag analyze} writes its report in. */
enum ReportFormat {
  /** Tables for a terminal, coloured when it is one. */
  TERMINAL,
  /** The versioned JSON document described in docs/cli.md. */
  JSON,
  /** One self-contained HTML page with charts. */
  HTML
}
