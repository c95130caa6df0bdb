package dev.gryag.app.cli.report;

import dev.gryag.core.analytics.Ranked;
import dev.gryag.core.analytics.TopList;
import java.io.PrintWriter;
import java.util.List;

/** Where the terminal report is written: its width, colours, section titles, wrapped lists. */
final class TerminalPage {

  static final int WIDTH = 100;

  final PrintWriter out;
  final Palette palette;

  TerminalPage(PrintWriter out, Palette palette) {
    this.out = out;
    this.palette = palette;
  }

  void section(String title) {
    out.println();
    out.println(palette.title(title));
  }

  /** A top list as {@code value count · value count}, wrapped under {@code head}. */
  void wrapped(String head, TopList top) {
    List<String> items = top.entries().stream().map(TerminalPage::item).toList();
    if (items.isEmpty()) {
      return;
    }
    StringBuilder line = new StringBuilder(head);
    int indent = TextCells.width(head);
    int used = indent;
    for (int i = 0; i < items.size(); i++) {
      String item = items.get(i) + (i < items.size() - 1 ? " · " : "");
      int w = TextCells.width(item);
      if (used + w > WIDTH && used > indent) {
        out.println(line.toString().stripTrailing());
        line = new StringBuilder(" ".repeat(indent));
        used = indent;
      }
      line.append(TextCells.cut(item, WIDTH - indent));
      used += Math.min(w, WIDTH - indent);
    }
    out.println(line.toString().stripTrailing());
  }

  static String item(Ranked ranked) {
    return TextCells.oneLine(Formats.label(ranked.value())) + " " + Formats.count(ranked.count());
  }

  /** A bar of {@code value} on a scale where {@code max} fills {@code width} cells. */
  static String bar(long value, long max, int width) {
    if (value <= 0 || max <= 0) {
      return "";
    }
    double cells = (double) value * width / max;
    int full = (int) cells;
    String partial =
        " ▏▎▍▌▋▊▉".substring((int) ((cells - full) * 8), (int) ((cells - full) * 8) + 1);
    String bar = ("█".repeat(full) + (full < width ? partial : "")).stripTrailing();
    return bar.isEmpty() ? "▏" : bar;
  }
}
