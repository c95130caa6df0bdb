package dev.gryag.app.cli.report;

import picocli.CommandLine.Help.Ansi.IStyle;
import picocli.CommandLine.Help.Ansi.Style;

/** Terminal colours through picocli's ANSI styles, or plain text when colour is off. */
final class Palette {

  private final boolean on;

  Palette(boolean on) {
    this.on = on;
  }

  String title(String text) {
    return paint(text, Style.bold, Style.fg_cyan);
  }

  String strong(String text) {
    return paint(text, Style.bold);
  }

  String dim(String text) {
    return paint(text, Style.faint);
  }

  String good(String text) {
    return paint(text, Style.fg_green);
  }

  String bad(String text) {
    return paint(text, Style.fg_red);
  }

  String bar(String text) {
    return paint(text, Style.fg_blue);
  }

  /** Green for a positive score, red for a negative one. */
  String mood(double score, String text) {
    return score > 0.05 ? good(text) : score < -0.05 ? bad(text) : text;
  }

  private String paint(String text, IStyle... styles) {
    return on && !text.isEmpty() ? Style.on(styles) + text + Style.reset.on() : text;
  }
}
