package dev.gryag.app.bot.config;

import java.util.List;

/** The configuration is invalid; {@link #problems()} holds one line per bad key. */
public final class ConfigurationException extends RuntimeException {

  private final List<String> problems;

  public ConfigurationException(List<String> problems) {
    super(
        "invalid configuration ("
            + problems.size()
            + (problems.size() == 1 ? " problem" : " problems")
            + "):\n  "
            + String.join("\n  ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
