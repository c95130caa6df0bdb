package dev.gryag.app.cli.analyze;

import dev.gryag.app.cli.support.Terminals;

/** When the terminal report uses colour. */
enum ColorMode {
  /** When standard output is a terminal, {@code NO_COLOR} is unset and {@code TERM} is not dumb. */
  AUTO,
  /** Always. */
  ALWAYS,
  /** Never. */
  NEVER;

  boolean enabled() {
    return switch (this) {
      case ALWAYS -> true;
      case NEVER -> false;
      case AUTO ->
          Terminals.isTerminal(Terminals.STDOUT)
              && System.getenv("NO_COLOR") == null
              && !"dumb".equals(System.getenv("TERM"));
    };
  }
}
