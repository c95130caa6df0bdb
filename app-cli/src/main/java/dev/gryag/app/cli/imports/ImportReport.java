package dev.gryag.app.cli.imports;

import java.io.PrintWriter;
import java.nio.file.Path;

/** The summary {@code gryag import} prints when it is done. */
record ImportReport(ImportCounts counts, long nanos) {

  void print(PrintWriter out, Path file, String database) {
    double seconds = Math.max(1e-3, nanos / 1e9);
    out.printf(
        "%s %s into %s%n",
        counts.stopped() ? "Stopped at --limit while importing" : "Imported", file, database);
    line(out, "messages read", counts.read(), "");
    line(out, "new", counts.added(), "");
    line(out, "already present", counts.present(), "");
    line(
        out,
        "skipped",
        counts.skipped(),
        String.format(
            "repeated id %,d, no id %,d, sender without an id %,d, of forgotten or opted-out"
                + " members %,d",
            counts.repeated(), counts.noId(), counts.noAuthor(), counts.ofForgotten()));
    line(out, "service entries", counts.service(), "not stored");
    if (counts.skippedChats() > 0) {
      line(out, "chats skipped", counts.skippedChats(), "type or id not mappable");
    }
    line(out, "members folded", counts.members(), "");
    line(out, "facts known", counts.facts(), "about those members");
    out.printf("  %-16s %,.1f s, %,.0f messages/s%n", "time", seconds, counts.read() / seconds);
    if (counts.stopped()) {
      out.println("Run the same command again to import the rest.");
    }
    out.flush();
  }

  private static void line(PrintWriter out, String label, long value, String note) {
    out.printf("  %-16s %,12d%s%n", label, value, note.isEmpty() ? "" : "  (" + note + ")");
  }
}
