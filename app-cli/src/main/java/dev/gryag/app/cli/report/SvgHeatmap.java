package dev.gryag.app.cli.report;

import dev.gryag.core.analytics.WeekHours;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Locale;

/** The weekday × hour heatmap of the HTML report: darker where more was posted. */
final class SvgHeatmap {

  private static final int CELL = 34;
  private static final int ROW = 26;
  private static final int GAP = 3;
  private static final int LEFT = 48;
  private static final int TOP = 22;

  private SvgHeatmap() {}

  static String of(WeekHours hours) {
    int width = LEFT + 24 * (CELL + GAP) + 70;
    int height = TOP + 7 * (ROW + GAP) + 34;
    long max = Math.max(1, hours.max());
    Svg svg = new Svg("heatmap", width, height);
    for (int hour = 0; hour < 24; hour++) {
      svg.text(x(hour) + CELL / 2.0, TOP - 8, String.format("%02d", hour), "middle", "axis");
    }
    for (DayOfWeek day : DayOfWeek.values()) {
      row(svg, hours, day, max);
    }
    legend(svg, max);
    return svg.toString();
  }

  private static void row(Svg svg, WeekHours hours, DayOfWeek day, long max) {
    double y = TOP + (day.getValue() - 1) * (ROW + GAP);
    svg.text(LEFT - 10, y + 17, day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH), "end", "axis");
    String name = day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    for (int hour = 0; hour < 24; hour++) {
      long count = hours.count(day, hour);
      String tip =
          String.format("%s %02d:00–%02d:59: %s messages", name, hour, hour, Formats.count(count));
      svg.rect(x(hour), y, CELL, ROW, 4, ramp(count, max), tip);
    }
    svg.text(x(24) + 8, y + 17, Formats.count(hours.byDay(day)), "start", "axis");
  }

  private static void legend(Svg svg, long max) {
    double y = TOP + 7 * (ROW + GAP) + 12;
    svg.text(LEFT, y + 12, "fewer", "start", "axis");
    for (int i = 0; i <= 4; i++) {
      long count = i == 0 ? 0 : i * max / 4;
      svg.rect(LEFT + 44 + i * 22, y, 18, 14, 3, ramp(count, max), Formats.count(count));
    }
    svg.text(LEFT + 44 + 5 * 22 + 4, y + 12, "more", "start", "axis");
  }

  private static int x(int hour) {
    return LEFT + hour * (CELL + GAP);
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
}
