package dev.gryag.app.cli.report;

import java.util.List;

/** Charts of shares for the HTML report: horizontal bars, and a donut with its legend. */
final class SvgShareCharts {

  /** One slice of a donut. */
  record Slice(String label, long value, String color) {}

  static final String[] COLORS = {
    "#4f46e5", "#0d9488", "#e11d48", "#d97706", "#7c3aed", "#0284c7", "#65a30d", "#db2777",
    "#475569", "#ea580c"
  };

  private SvgShareCharts() {}

  /** Horizontal bars, one row per point, the value at the bar's end. */
  static String bars(List<ChartPoint> points) {
    int row = 30;
    int left = 220;
    double plot = 960 - left - 90;
    double max = Math.max(1, points.stream().mapToDouble(ChartPoint::value).max().orElse(1));
    Svg svg = new Svg("bars", 960, Math.max(1, points.size()) * row + 8);
    for (int i = 0; i < points.size(); i++) {
      ChartPoint p = points.get(i);
      double y = 4 + i * row;
      double w = Math.max(2, p.value() / max * plot);
      svg.text(left - 12, y + 18, TextCells.cut(p.label(), 24), "end", "label");
      svg.rect(left, y, w, 22, 5, COLORS[i % COLORS.length], p.tip());
      svg.text(left + w + 8, y + 17, Formats.count(Math.round(p.value())), "start", "value");
    }
    return svg.toString();
  }

  /** A ring of slices, the total in its middle, a legend beside it. */
  static String donut(List<Slice> slices, String centre) {
    long total = Math.max(1, slices.stream().mapToLong(Slice::value).sum());
    Svg svg = new Svg("donut", 520, 220);
    double angle = -Math.PI / 2;
    for (Slice slice : slices) {
      double sweep = 2 * Math.PI * slice.value() / total;
      String tip =
          slice.label()
              + ": "
              + Formats.count(slice.value())
              + " ("
              + Formats.share(slice.value(), total)
              + ")";
      if (sweep >= 2 * Math.PI - 1e-9) {
        svg.ring(110, 110, 84, 30, slice.color(), tip);
      } else if (sweep > 0) {
        svg.arc(110, 110, 84, angle, sweep, 30, slice.color(), tip);
      }
      angle += sweep;
    }
    svg.text(110, 118, centre, "middle", "centre");
    for (int i = 0; i < slices.size(); i++) {
      Slice slice = slices.get(i);
      double y = 40 + i * 28;
      svg.rect(240, y, 14, 14, 3, slice.color(), slice.label());
      svg.text(
          264,
          y + 12,
          slice.label()
              + "  "
              + Formats.share(slice.value(), total)
              + "  ("
              + Formats.count(slice.value())
              + ")",
          "start",
          "label");
    }
    return svg.toString();
  }
}
