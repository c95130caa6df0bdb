package dev.gryag.adapter.persistence;

import java.util.HashMap;
import java.util.Map;

/** The {@code --name value} arguments of the module's benchmark mains. */
final class BenchmarkOptions {

  private final Map<String, String> values = new HashMap<>();

  BenchmarkOptions(String[] args) {
    for (int i = 0; i + 1 < args.length; i += 2) {
      values.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
  }

  /** The whole number given as {@code --name}, else {@code fallback}. */
  int integer(String name, int fallback) {
    String value = values.get(name);
    return value == null ? fallback : Integer.parseInt(value);
  }
}
