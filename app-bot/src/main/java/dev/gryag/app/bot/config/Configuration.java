package dev.gryag.app.bot.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The bot's effective configuration: environment variables, overlaid by an optional properties
 * file, over each setting's default. Loading checks every key at once and fails with one line per
 * bad key (name, value — masked for secrets — and what is allowed).
 */
public final class Configuration {

  /** Where a setting's effective value came from. */
  public enum Source {
    DEFAULT,
    ENVIRONMENT,
    FILE
  }

  private record Entry(String text, Source source, Object value) {}

  /** Key prefixes the adapters read for themselves (see docs/configuration.md). */
  private static final List<String> ADAPTER_PREFIXES =
      List.of("GRYAG_LLM_", "GRYAG_EMBEDDING_", "GRYAG_DB_");

  private final Map<String, Entry> entries;
  private final Map<String, String> merged;
  private final List<String> warnings;

  private Configuration(
      Map<String, Entry> entries, Map<String, String> merged, List<String> warnings) {
    this.entries = entries;
    this.merged = Map.copyOf(merged);
    this.warnings = List.copyOf(warnings);
  }

  /**
   * Loads the settings from {@code environment}, then from the properties file named by {@code
   * GRYAG_CONFIG_FILE} (if any), whose values win.
   *
   * @throws ConfigurationException listing every bad key, or an unreadable file
   */
  public static Configuration load(Collection<Setting<?>> settings, Map<String, String> env) {
    Map<String, String> file = Map.of();
    String fileName = env.getOrDefault(Settings.CONFIG_FILE.key(), "").strip();
    if (!fileName.isEmpty()) {
      file = readProperties(Path.of(fileName));
    }
    return load(settings, env, file);
  }

  /** Loads from an environment and already-read file properties (file values win). */
  public static Configuration load(
      Collection<Setting<?>> settings, Map<String, String> env, Map<String, String> file) {
    Map<String, Setting<?>> byKey = new LinkedHashMap<>();
    settings.forEach(s -> byKey.put(s.key(), s));
    List<String> problems = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    file.keySet().stream()
        .filter(key -> !byKey.containsKey(key))
        .filter(key -> ADAPTER_PREFIXES.stream().noneMatch(key::startsWith))
        .sorted()
        .forEach(key ->
            problems.add(key + ": unknown key in the configuration file" + hint(key, byKey)));
    env.keySet().stream()
        .filter(key -> key.startsWith("GRYAG_") && !byKey.containsKey(key))
        .filter(key -> ADAPTER_PREFIXES.stream().noneMatch(key::startsWith))
        .sorted()
        .forEach(key -> warnings.add("ignoring unknown variable " + key + hint(key, byKey)));

    Map<String, Entry> entries = new LinkedHashMap<>();
    for (Setting<?> setting : byKey.values()) {
      Source source = Source.DEFAULT;
      String text = setting.defaultText();
      if (file.containsKey(setting.key())) {
        source = Source.FILE;
        text = file.get(setting.key());
      } else if (env.containsKey(setting.key())) {
        source = Source.ENVIRONMENT;
        text = env.get(setting.key());
      }
      try {
        entries.put(setting.key(), new Entry(text, source, setting.parse(text)));
      } catch (IllegalArgumentException e) {
        problems.add(setting.key() + "=" + quote(setting.display(text)) + ": " + e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new ConfigurationException(problems);
    }
    Map<String, String> merged = new HashMap<>(env);
    merged.putAll(file);
    return new Configuration(entries, merged, warnings);
  }

  /**
   * Every variable as the adapters should read it: the environment overlaid by the file. The
   * adapters parse their own keys ({@code DATABASE_URL}, {@code GRYAG_DB_*}, {@code GRYAG_LLM_*},
   * the API keys) from it.
   */
  public Map<String, String> variables() {
    return merged;
  }

  /** The effective value of a setting; null only where a setting's parser allows "none". */
  @SuppressWarnings("unchecked")
  public <T> T get(Setting<T> setting) {
    Entry entry = entries.get(setting.key());
    if (entry == null) {
      throw new IllegalArgumentException("setting " + setting.key() + " was not loaded");
    }
    return (T) entry.value();
  }

  /** True when the setting was given in the environment or the file, not defaulted. */
  public boolean isSet(Setting<?> setting) {
    Entry entry = entries.get(setting.key());
    return entry != null && entry.source() != Source.DEFAULT && !entry.text().isBlank();
  }

  public Source source(Setting<?> setting) {
    return entries.get(setting.key()).source();
  }

  /** Unknown {@code GRYAG_*} variables, with a suggestion where a key is close. */
  public List<String> warnings() {
    return warnings;
  }

  /** Every setting with its effective value (secrets masked) and source, grouped. */
  public String describe(Collection<Setting<?>> settings) {
    Map<SettingGroup, List<String>> lines = new TreeMap<>();
    for (Setting<?> setting : settings) {
      Entry entry = entries.get(setting.key());
      String line =
          String.format(
              "  %-34s %s%s",
              setting.key(),
              entry.text().isEmpty() && !setting.secret()
                  ? "(none)"
                  : setting.display(entry.text()),
              entry.source() == Source.DEFAULT
                  ? ""
                  : "   [" + entry.source().name().toLowerCase() + "]");
      lines.computeIfAbsent(setting.group(), g -> new ArrayList<>()).add(line);
    }
    StringBuilder out = new StringBuilder();
    lines.forEach((group, groupLines) -> {
      out.append(group.title()).append('\n');
      groupLines.forEach(l -> out.append(l).append('\n'));
    });
    return out.toString();
  }

  private static Map<String, String> readProperties(Path path) {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new ConfigurationException(
          List.of(
              Settings.CONFIG_FILE.key()
                  + "="
                  + quote(path.toString())
                  + ": cannot read the file ("
                  + e.getClass().getSimpleName()
                  + ": "
                  + e.getMessage()
                  + ")"));
    }
    Map<String, String> map = new HashMap<>();
    properties.stringPropertyNames().forEach(k -> map.put(k.strip(), properties.getProperty(k)));
    return map;
  }

  private static String quote(String text) {
    return "'" + text + "'";
  }

  private static String hint(String key, Map<String, Setting<?>> byKey) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : byKey.keySet()) {
      int d = distance(key, candidate);
      if (d < bestDistance) {
        bestDistance = d;
        best = candidate;
      }
    }
    return best != null && bestDistance <= 3 ? " (did you mean " + best + "?)" : "";
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] swap = prev;
      prev = cur;
      cur = swap;
    }
    return prev[b.length()];
  }

  @Override
  public String toString() {
    return "Configuration" + Objects.hash(entries.keySet());
  }
}
