package dev.gryag.core.config;

import java.util.List;

/**
 * The configuration is invalid; {@link #problems()} holds one line per bad key, each naming the key
 * ({@code GRYAG_X: expected a duration like 90s, got "abc"}), secrets never shown.
 */
public final class ConfigurationException extends IllegalArgumentException {

  private final List<String> problems;

  public ConfigurationException(List<String> problems) {
    super(message(problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }

  private static String message(List<String> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an invalid configuration has at least one problem");
    }
    if (problems.size() == 1) {
      return "invalid configuration: " + problems.getFirst();
    }
    return "invalid configuration ("
        + problems.size()
        + " problems):\n  "
        + String.join("\n  ", problems);
  }
}
