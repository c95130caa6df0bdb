package dev.gryag.app.cli.support;

import java.io.Console;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tells whether a standard stream is a terminal. On Linux it asks {@code /proc} about the stream
 * itself (so a progress bar can go to a terminal's standard error while standard output is
 * redirected); elsewhere it falls back to {@link System#console()}, which covers standard input and
 * output together.
 */
public final class Terminals {

  public static final int STDOUT = 1;
  public static final int STDERR = 2;

  private Terminals() {}

  public static boolean isTerminal(int fd) {
    Path fds = Path.of("/proc/self/fd");
    if (Files.isDirectory(fds)) {
      try {
        String target = Files.readSymbolicLink(fds.resolve(Integer.toString(fd))).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      } catch (IOException | UnsupportedOperationException e) {
        return false;
      }
    }
    return consoleIsTerminal();
  }

  /** JDK 22+ returns a console even when redirected, and says so through isTerminal(). */
  private static boolean consoleIsTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true; // JDK 21: a console exists only for a terminal
    }
  }
}
