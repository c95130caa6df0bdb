package dev.gryag.app.cli.report;

import java.util.List;

/** Charts over time for the HTML report: message columns, and mood bars around zero. */
final class SvgTimeCharts {

  private static final int WIDTH = 960;
  private static final int LEFT = 64;
  private static final int TOP = 14;
  private static final int BOTTOM = 34;
  private static final double PLOT_WIDTH = WIDTH - LEFT - 12;

  private SvgTimeCharts() {}

  /** Columns, one per point, over a value axis of four whole steps. */
  static String columns(List<ChartPoint> points, String color) {
    int height = 260;
    double plot = height - TOP - BOTTOM;
    double step = niceStep(points.stream().mapToDouble(ChartPoint::value).max().orElse(1) / 4);
    Svg svg = new Svg("columns", WIDTH, height);
    for (int i = 0; i <= 4; i++) {
      double y = TOP + plot - plot * i / 4;
      svg.line(LEFT, y, LEFT + PLOT_WIDTH, y, i == 0 ? "zero" : "grid");
      svg.text(LEFT - 8, y + 4, Formats.count(Math.round(step * i)), "end", "axis");
    }
    double slot = PLOT_WIDTH / Math.max(1, points.size());
    for (int i = 0; i < points.size(); i++) {
      double h = points.get(i).value() / (4 * step) * plot;
      svg.rect(
          LEFT + i * slot + slot * 0.12,
          TOP + plot - h,
          Math.max(1, slot * 0.76),
          h,
          2,
          color,
          points.get(i).tip());
    }
    return labels(svg, points, height).toString();
  }

  /** Bars up (green) for positive means and down (red) for negative ones. */
  static String mood(List<ChartPoint> points) {
    int height = 220;
    double plot = height - TOP - BOTTOM;
    double largest = points.stream().mapToDouble(p -> Math.abs(p.value())).max().orElse(0);
    double extent = Math.max(0.1, Math.ceil(largest * 10) / 10);
    double zero = TOP + plot / 2;
    Svg svg = new Svg("mood", WIDTH, height);
    for (double v : new double[] {extent, extent / 2, 0, -extent / 2, -extent}) {
      double y = zero - v / extent * plot / 2;
      svg.line(LEFT, y, LEFT + PLOT_WIDTH, y, v == 0 ? "zero" : "grid");
      svg.text(LEFT - 8, y + 4, Formats.score(v), "end", "axis");
    }
    double slot = PLOT_WIDTH / Math.max(1, points.size());
    for (int i = 0; i < points.size(); i++) {
      double value = points.get(i).value();
      double h = Math.abs(value) / extent * plot / 2;
      svg.rect(
          LEFT + i * slot + slot * 0.12,
          value >= 0 ? zero - h : zero,
          Math.max(1, slot * 0.76),
          Math.max(0.5, h),
          2,
          value >= 0 ? "#10b981" : "#f43f5e",
          points.get(i).tip());
    }
    return labels(svg, points, height).toString();
  }

  /** At most 12 labels under the points, evenly spaced. */
  private static Svg labels(Svg svg, List<ChartPoint> points, int height) {
    double slot = PLOT_WIDTH / Math.max(1, points.size());
    int every = Math.max(1, (int) Math.ceil(points.size() / 12.0));
    for (int i = 0; i < points.size(); i += every) {
      svg.text(LEFT + i * slot + slot / 2, height - 12, points.get(i).label(), "middle", "axis");
    }
    return svg;
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
