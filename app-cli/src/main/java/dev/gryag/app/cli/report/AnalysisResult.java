package dev.gryag.app.cli.report;

import dev.gryag.adapter.telegram.export.ExportReadSummary;
import dev.gryag.core.analytics.ChatReport;
import java.time.Duration;
import java.util.Objects;

/**
 * What {@code gryag analyze} found, ready to render.
 *
 * @param source the export file as the user named it
 * @param bytes the file's size
 * @param read what the reader read and skipped
 * @param report the analysis
 * @param top how long the top lists are
 * @param elapsed how long reading and analysing took (shown to people, never in JSON)
 */
public record AnalysisResult(
    String source,
    long bytes,
    ExportReadSummary read,
    ChatReport report,
    int top,
    Duration elapsed) {

  public AnalysisResult {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(read, "read");
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(elapsed, "elapsed");
  }

  /** The chats' names for a title: one name, or {@code N chats}. */
  String title() {
    var chats = report.overview().chats();
    if (chats.size() == 1) {
      String name = chats.get(0).name();
      return name.isBlank() ? "chat " + chats.get(0).id() : name;
    }
    return chats.size() + " chats";
  }
}
