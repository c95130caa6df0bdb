package dev.gryag.app.cli.support;

/**
 * What the {@code gryag} commands exit with, the same for every command (docs/cli.md). Picocli
 * itself returns {@link #USAGE} for a bad option and {@link #FAILURE} for an exception a command
 * lets through; {@code GryagCli} states that on every command.
 */
public enum ExitCodes {
  /** The command did what it was asked (also when there was nothing to do). */
  OK(0),
  /** Something failed: the database cannot be started or used, an unexpected error. */
  FAILURE(1),
  /** The command line is wrong: an unknown or malformed option, no such chat, a bad key. */
  USAGE(2),
  /** The input cannot be used: a file missing, unreadable, malformed, or not to be replaced. */
  BAD_INPUT(3);

  private final int code;

  ExitCodes(int code) {
    this.code = code;
  }

  /** The process exit code. */
  public int code() {
    return code;
  }
}
