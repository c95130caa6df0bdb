package dev.gryag.app.cli;

import dev.gryag.core.analytics.SentimentSummary;
import dev.gryag.core.analytics.WeekHours;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * The charts of the HTML report, drawn as inline SVG (no script, no download): columns over time,
 * mood bars around zero, a weekday × hour heatmap, horizontal bars and a donut. Each mark carries a
 * {@code <title>} so hovering tells its numbers.
 */
final class SvgCharts {

  /** One labelled value of a chart. */
  record Point(String label, double value, String tip) {}

  /** One slice of a donut. */
  record Slice(String label, long value, String color) {}

  static final String[] COLORS = {
    "#4f46e5", "#0d9488", "#e11d48", "#d97706", "#7c3aed", "#0284c7", "#65a30d", "#db2777",
    "#475569", "#ea580c"
  };

  private SvgCharts() {}

  /** Columns, one per point, with a value axis. */
  static String columns(List<Point> points, String color) {
    int width = 960;
    int height = 260;
    int left = 52;
    int bottom = 34;
    int top = 14;
    double plotW = width - left - 12;
    double plotH = height - top - bottom;
    double max = 4 * niceStep(points.stream().mapToDouble(Point::value).max().orElse(1) / 4);
    StringBuilder svg = open(width, height, "columns");
    axis(svg, left, top, plotW, plotH, max);
    double step = plotW / Math.max(1, points.size());
    int labelEvery = Math.max(1, (int) Math.ceil(points.size() / 12.0));
    for (int i = 0; i < points.size(); i++) {
      Point p = points.get(i);
      double h = p.value() / max * plotH;
      double x = left + i * step + step * 0.12;
      svg.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"2\" fill=\"%s\">"
                  + "<title>%s</title></rect>",
              x,
              top + plotH - h,
              Math.max(1, step * 0.76),
              h,
              color,
              Html.escape(p.tip())));
      if (i % labelEvery == 0) {
        text(svg, left + i * step + step / 2, height - 12, p.label(), "middle", "axis");
      }
    }
    return svg.append("</svg>").toString();
  }

  /** Bars up (positive) or down (negative) from a zero line: mood over time. */
  static String mood(List<Point> points) {
    int width = 960;
    int height = 220;
    int left = 52;
    int top = 12;
    int bottom = 34;
    double plotW = width - left - 12;
    double plotH = height - top - bottom;
    double extent =
        Math.max(
            0.1,
            Math.ceil(points.stream().mapToDouble(p -> Math.abs(p.value())).max().orElse(0.1) * 10)
                / 10);
    double zero = top + plotH / 2;
    StringBuilder svg = open(width, height, "mood");
    for (double v : new double[] {extent, extent / 2, 0, -extent / 2, -extent}) {
      double y = zero - v / extent * plotH / 2;
      svg.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%d\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" class=\"%s\"/>",
              left,
              y,
              left + plotW,
              y,
              v == 0 ? "zero" : "grid"));
      text(svg, left - 8, y + 4, Formats.score(v), "end", "axis");
    }
    double step = plotW / Math.max(1, points.size());
    int labelEvery = Math.max(1, (int) Math.ceil(points.size() / 12.0));
    for (int i = 0; i < points.size(); i++) {
      Point p = points.get(i);
      double h = Math.abs(p.value()) / extent * plotH / 2;
      double y = p.value() >= 0 ? zero - h : zero;
      svg.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"2\" fill=\"%s\">"
                  + "<title>%s</title></rect>",
              left + i * step + step * 0.12,
              y,
              Math.max(1, step * 0.76),
              Math.max(0.5, h),
              p.value() >= 0 ? "#10b981" : "#f43f5e",
              Html.escape(p.tip())));
      if (i % labelEvery == 0) {
        text(svg, left + i * step + step / 2, height - 12, p.label(), "middle", "axis");
      }
    }
    return svg.append("</svg>").toString();
  }

  /** Seven rows of 24 hours, darker where more was posted. */
  static String heatmap(WeekHours hours) {
    int cell = 34;
    int gap = 3;
    int left = 48;
    int top = 22;
    int width = left + 24 * (cell + gap) + 70;
    int height = top + 7 * (26 + gap) + 34;
    long max = Math.max(1, hours.max());
    StringBuilder svg = open(width, height, "heatmap");
    for (int hour = 0; hour < 24; hour++) {
      text(
          svg,
          left + hour * (cell + gap) + cell / 2.0,
          top - 8,
          String.format("%02d", hour),
          "middle",
          "axis");
    }
    int row = 0;
    for (DayOfWeek day : DayOfWeek.values()) {
      double y = top + row++ * (26 + gap);
      text(
          svg,
          left - 10,
          y + 17,
          day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH),
          "end",
          "axis");
      for (int hour = 0; hour < 24; hour++) {
        long count = hours.count(day, hour);
        svg.append(
            String.format(
                Locale.ROOT,
                "<rect x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"26\" rx=\"4\" fill=\"%s\">"
                    + "<title>%s %02d:00–%02d:59: %s messages</title></rect>",
                left + hour * (cell + gap),
                y,
                cell,
                ramp(count, max),
                day.getDisplayName(TextStyle.FULL, Locale.ENGLISH),
                hour,
                hour,
                Formats.count(count)));
      }
      text(
          svg,
          left + 24 * (cell + gap) + 8,
          y + 17,
          Formats.count(hours.byDay(day)),
          "start",
          "axis");
    }
    double legendY = top + 7 * (26 + gap) + 12;
    text(svg, left, legendY + 12, "fewer", "start", "axis");
    for (int i = 0; i <= 4; i++) {
      svg.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%d\" y=\"%.1f\" width=\"18\" height=\"14\" rx=\"3\" fill=\"%s\"/>",
              left + 44 + i * 22,
              legendY,
              ramp(i == 0 ? 0 : i * max / 4, max)));
    }
    text(svg, left + 44 + 5 * 22 + 4, legendY + 12, "more", "start", "axis");
    return svg.append("</svg>").toString();
  }

  /** Horizontal bars, one row per point, the value at the bar's end. */
  static String bars(List<Point> points, String[] colors) {
    int row = 30;
    int left = 220;
    int width = 960;
    int height = Math.max(1, points.size()) * row + 8;
    double max = Math.max(1, points.stream().mapToDouble(Point::value).max().orElse(1));
    double plotW = width - left - 90;
    StringBuilder svg = open(width, height, "bars");
    for (int i = 0; i < points.size(); i++) {
      Point p = points.get(i);
      double y = 4 + i * row;
      double w = Math.max(2, p.value() / max * plotW);
      text(svg, left - 12, y + 18, TextCells.cut(p.label(), 24), "end", "label");
      svg.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%d\" y=\"%.1f\" width=\"%.1f\" height=\"22\" rx=\"5\" fill=\"%s\">"
                  + "<title>%s</title></rect>",
              left,
              y,
              w,
              colors[i % colors.length],
              Html.escape(p.tip())));
      text(svg, left + w + 8, y + 17, Formats.count(Math.round(p.value())), "start", "value");
    }
    return svg.append("</svg>").toString();
  }

  /** A ring of slices with a legend beside it. */
  static String donut(List<Slice> slices, String centre) {
    int width = 520;
    int height = 220;
    double cx = 110;
    double cy = 110;
    double r = 84;
    long total = Math.max(1, slices.stream().mapToLong(Slice::value).sum());
    StringBuilder svg = open(width, height, "donut");
    double angle = -Math.PI / 2;
    for (Slice slice : slices) {
      double sweep = 2 * Math.PI * slice.value() / total;
      String tip =
          Html.escape(
              slice.label()
                  + ": "
                  + Formats.count(slice.value())
                  + " ("
                  + Formats.share(slice.value(), total)
                  + ")");
      if (sweep >= 2 * Math.PI - 1e-9) {
        svg.append(
            String.format(
                Locale.ROOT,
                "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"none\" stroke=\"%s\""
                    + " stroke-width=\"30\"><title>%s</title></circle>",
                cx,
                cy,
                r,
                slice.color(),
                tip));
      } else if (sweep > 0) {
        double x1 = cx + r * Math.cos(angle);
        double y1 = cy + r * Math.sin(angle);
        double x2 = cx + r * Math.cos(angle + sweep);
        double y2 = cy + r * Math.sin(angle + sweep);
        svg.append(
            String.format(
                Locale.ROOT,
                "<path d=\"M %.2f %.2f A %.1f %.1f 0 %d 1 %.2f %.2f\" fill=\"none\" stroke=\"%s\""
                    + " stroke-width=\"30\"><title>%s</title></path>",
                x1,
                y1,
                r,
                r,
                sweep > Math.PI ? 1 : 0,
                x2,
                y2,
                slice.color(),
                tip));
      }
      angle += sweep;
    }
    text(svg, cx, cy + 8, centre, "middle", "centre");
    for (int i = 0; i < slices.size(); i++) {
      Slice slice = slices.get(i);
      double y = 40 + i * 28;
      svg.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"240\" y=\"%.1f\" width=\"14\" height=\"14\" rx=\"3\" fill=\"%s\"/>",
              y,
              slice.color()));
      text(
          svg,
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
    return svg.append("</svg>").toString();
  }

  /** The mood of a set of messages as a tooltip line. */
  static String moodTip(String label, SentimentSummary s) {
    return label
        + ": mean "
        + Formats.score(s.mean())
        + " over "
        + Formats.count(s.scored())
        + " messages, "
        + Formats.share(s.positive(), s.scored())
        + " positive, "
        + Formats.share(s.negative(), s.scored())
        + " negative";
  }

  private static StringBuilder open(int width, int height, String kind) {
    return new StringBuilder(4096)
        .append(
            String.format(
                Locale.ROOT,
                "<svg class=\"chart %s\" viewBox=\"0 0 %d %d\" role=\"img\""
                    + " xmlns=\"http://www.w3.org/2000/svg\">",
                kind,
                width,
                height));
  }

  private static void axis(
      StringBuilder svg, int left, int top, double plotW, double plotH, double max) {
    for (int i = 0; i <= 4; i++) {
      double y = top + plotH - plotH * i / 4;
      svg.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%d\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" class=\"%s\"/>",
              left,
              y,
              left + plotW,
              y,
              i == 0 ? "zero" : "grid"));
      text(svg, left - 8, y + 4, Formats.count(Math.round(max * i / 4)), "end", "axis");
    }
  }

  private static void text(
      StringBuilder svg, double x, double y, String text, String anchor, String cls) {
    svg.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" class=\"%s\">%s</text>",
            x,
            y,
            anchor,
            cls,
            Html.escape(text)));
  }

  /** From pale to deep indigo; empty cells stay faint grey. */
  static String ramp(long count, long max) {
    if (count <= 0) {
      return "#eef0f5";
    }
    double t = Math.pow((double) count / max, 0.6);
    int[] from = {199, 210, 254};
    int[] to = {49, 46, 129};
    return String.format(
        "#%02x%02x%02x",
        (int) (from[0] + (to[0] - from[0]) * t),
        (int) (from[1] + (to[1] - from[1]) * t),
        (int) (from[2] + (to[2] - from[2]) * t));
  }

  /** The smallest whole step of 1, 2, 2.5, 3, 4, 5, 6 or 8 × 10^k not below {@code value}. */
  static double niceStep(double value) {
    if (value <= 1) {
      return 1;
    }
    double magnitude = Math.pow(10, Math.floor(Math.log10(value)));
    for (double step : new double[] {1, 2, 2.5, 3, 4, 5, 6, 8, 10}) {
      double candidate = step * magnitude;
      if (candidate >= value && candidate == Math.rint(candidate)) {
        return candidate;
      }
    }
    return 10 * magnitude;
  }
}
