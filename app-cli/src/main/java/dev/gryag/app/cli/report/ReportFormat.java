package dev.gryag.app.cli.report;

/** The forms {@code gryag analyze} writes its report in. */
public enum ReportFormat {
  /** Tables for a terminal, coloured when it is one. */
  TERMINAL,
  /** The versioned JSON document described in docs/cli.md. */
  JSON,
  /** One self-contained HTML page with charts. */
  HTML;

  /** The renderer of this form; {@code colour} says whether terminal tables are coloured. */
  public ReportRenderer renderer(boolean colour) {
    return switch (this) {
      case TERMINAL -> new TerminalReportRenderer(colour);
      case JSON -> new JsonReportRenderer();
      case HTML -> new HtmlReportRenderer();
    };
  }
}
