package dev.gryag.app.cli.report;

import java.util.Locale;

/**
 * A small SVG document: shapes carrying a {@code <title>} tooltip, escaped text, coordinates
 * written with one decimal in the root locale. Scales with its container through its viewBox.
 */
final class Svg {

  private final StringBuilder out = new StringBuilder(4096);

  /** A chart of {@code kind} (its CSS class) drawn on a {@code width} × {@code height} canvas. */
  Svg(String kind, int width, int height) {
    out.append("<svg class=\"chart ")
        .append(kind)
        .append("\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height)
        .append("\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\">");
  }

  Svg rect(double x, double y, double width, double height, int radius, String fill, String tip) {
    out.append("<rect x=\"")
        .append(n(x))
        .append("\" y=\"")
        .append(n(y))
        .append("\" width=\"")
        .append(n(width))
        .append("\" height=\"")
        .append(n(height))
        .append("\" rx=\"")
        .append(radius)
        .append("\" fill=\"")
        .append(fill)
        .append("\">");
    return tip(tip).append("</rect>");
  }

  Svg text(double x, double y, String text, String anchor, String cssClass) {
    out.append("<text x=\"")
        .append(n(x))
        .append("\" y=\"")
        .append(n(y))
        .append("\" text-anchor=\"")
        .append(anchor)
        .append("\" class=\"")
        .append(cssClass)
        .append("\">")
        .append(Html.escape(text))
        .append("</text>");
    return this;
  }

  Svg line(double x1, double y1, double x2, double y2, String cssClass) {
    out.append("<line x1=\"")
        .append(n(x1))
        .append("\" y1=\"")
        .append(n(y1))
        .append("\" x2=\"")
        .append(n(x2))
        .append("\" y2=\"")
        .append(n(y2))
        .append("\" class=\"")
        .append(cssClass)
        .append("\"/>");
    return this;
  }

  /** A ring of radius {@code r} stroked {@code width} wide. */
  Svg ring(double cx, double cy, double r, int width, String color, String tip) {
    out.append("<circle cx=\"")
        .append(n(cx))
        .append("\" cy=\"")
        .append(n(cy))
        .append("\" r=\"")
        .append(n(r))
        .append("\" fill=\"none\" stroke=\"")
        .append(color)
        .append("\" stroke-width=\"")
        .append(width)
        .append("\">");
    return tip(tip).append("</circle>");
  }

  /** A stroked arc of a ring from {@code from} through {@code sweep} radians, clockwise. */
  Svg arc(
      double cx,
      double cy,
      double r,
      double from,
      double sweep,
      int width,
      String color,
      String tip) {
    out.append("<path d=\"M ")
        .append(n(cx + r * Math.cos(from)))
        .append(' ')
        .append(n(cy + r * Math.sin(from)))
        .append(" A ")
        .append(n(r))
        .append(' ')
        .append(n(r))
        .append(" 0 ")
        .append(sweep > Math.PI ? 1 : 0)
        .append(" 1 ")
        .append(n(cx + r * Math.cos(from + sweep)))
        .append(' ')
        .append(n(cy + r * Math.sin(from + sweep)))
        .append("\" fill=\"none\" stroke=\"")
        .append(color)
        .append("\" stroke-width=\"")
        .append(width)
        .append("\">");
    return tip(tip).append("</path>");
  }

  @Override
  public String toString() {
    return out + "</svg>";
  }

  private Svg tip(String tip) {
    out.append("<title>").append(Html.escape(tip)).append("</title>");
    return this;
  }

  private Svg append(String text) {
    out.append(text);
    return this;
  }

  private static String n(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
