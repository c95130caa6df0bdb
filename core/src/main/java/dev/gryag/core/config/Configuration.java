package dev.gryag.core.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The effective configuration: environment variables, overlaid by an optional properties file
 * (named by {@value #CONFIG_FILE_KEY}), over each setting's default. Loading checks every key at
 * once and fails with one line per bad key ({@link Setting#problem}).
 */
public final class Configuration {

  static final String CONFIG_FILE_KEY = "GRYAG_CONFIG_FILE";

  /** The loader's own key. */
  public static final Setting<String> CONFIG_FILE =
      Setting.of(
          CONFIG_FILE_KEY,
          SettingGroup.ADVANCED,
          SettingTypes.text(),
          "",
          "A properties file whose keys (these names) override the environment.");

  /** Where a setting's effective value came from. */
  public enum Source {
    DEFAULT,
    ENVIRONMENT,
    FILE
  }

  private record Entry(Setting<?> setting, String text, Source source, Object value) {}

  private final Map<String, Entry> entries;
  private final Map<String, String> variables;
  private final List<String> warnings;

  private Configuration(
      Map<String, Entry> entries, Map<String, String> variables, List<String> warnings) {
    this.entries = entries;
    this.variables = Map.copyOf(variables);
    this.warnings = List.copyOf(warnings);
  }

  /**
   * What an application reads at start: {@code settings} (and {@value #CONFIG_FILE_KEY}) from
   * {@code environment}, then from the properties file it names, whose values win. Unknown {@code
   * GRYAG_*} variables are warnings; unknown keys in the file are errors.
   *
   * @throws ConfigurationException listing every bad key, or an unreadable file
   */
  public static Configuration load(
      Collection<Setting<?>> settings, Map<String, String> environment) {
    String fileName = environment.getOrDefault(CONFIG_FILE_KEY, "").strip();
    Map<String, String> file = fileName.isEmpty() ? Map.of() : readProperties(Path.of(fileName));
    return load(settings, environment, file);
  }

  /** As {@link #load(Collection, Map)}, with the file's properties already read. */
  public static Configuration load(
      Collection<Setting<?>> settings, Map<String, String> environment, Map<String, String> file) {
    Map<String, Setting<?>> byKey = byKey(settings);
    byKey.putIfAbsent(CONFIG_FILE_KEY, CONFIG_FILE);
    List<String> problems = new ArrayList<>();
    file.keySet().stream()
        .filter(key -> !byKey.containsKey(key))
        .sorted()
        .forEach(key ->
            problems.add(
                key
                    + ": unknown key in the configuration file"
                    + KeyHints.hint(key, byKey.keySet())));
    List<String> warnings = new ArrayList<>();
    environment.keySet().stream()
        .filter(key -> key.startsWith("GRYAG_") && !byKey.containsKey(key))
        .sorted()
        .forEach(key ->
            warnings.add("ignoring unknown variable " + key + KeyHints.hint(key, byKey.keySet())));
    return read(byKey, environment, file, problems, warnings);
  }

  /**
   * {@code settings} from {@code variables} alone: no file, no check of other keys. For a module
   * read on its own (a test, a tool, a library user with a map of values).
   *
   * @throws ConfigurationException listing every bad key
   */
  public static Configuration of(Collection<Setting<?>> settings, Map<String, String> variables) {
    return read(byKey(settings), variables, Map.of(), new ArrayList<>(), List.of());
  }

  private static Configuration read(
      Map<String, Setting<?>> byKey,
      Map<String, String> environment,
      Map<String, String> file,
      List<String> problems,
      List<String> warnings) {
    Map<String, Entry> entries = new LinkedHashMap<>();
    for (Setting<?> setting : byKey.values()) {
      Source source = Source.DEFAULT;
      String text = setting.defaultText();
      if (file.containsKey(setting.key())) {
        source = Source.FILE;
        text = file.get(setting.key());
      } else if (environment.get(setting.key()) != null) {
        source = Source.ENVIRONMENT;
        text = environment.get(setting.key());
      }
      try {
        entries.put(setting.key(), new Entry(setting, text, source, setting.parse(text)));
      } catch (IllegalArgumentException e) {
        problems.add(setting.problem(text.strip(), e.getMessage()));
      }
    }
    if (!problems.isEmpty()) {
      throw new ConfigurationException(problems);
    }
    Map<String, String> variables = new HashMap<>();
    environment.forEach((k, v) -> {
      if (k != null && v != null) {
        variables.put(k, v);
      }
    });
    variables.putAll(file);
    return new Configuration(entries, variables, warnings);
  }

  /** The effective value of a setting; null only where its type allows "none". */
  @SuppressWarnings("unchecked")
  public <T> T get(Setting<T> setting) {
    return (T) entry(setting).value();
  }

  /** True when the setting was given a value that is not blank, in the environment or the file. */
  public boolean isSet(Setting<?> setting) {
    Entry entry = entry(setting);
    return entry.source() != Source.DEFAULT && !entry.text().isBlank();
  }

  public Source source(Setting<?> setting) {
    return entry(setting).source();
  }

  /**
   * Every variable as read, the environment overlaid by the file: for what is not a setting of
   * Gryag's but shapes a default ({@code XDG_DATA_HOME}, {@code LOCALAPPDATA}).
   */
  public Map<String, String> variables() {
    return variables;
  }

  /** Unknown {@code GRYAG_*} variables, with a suggestion where a key is close. */
  public List<String> warnings() {
    return warnings;
  }

  /**
   * Every setting with its effective value (secrets masked) and where it came from, under its
   * group's title.
   */
  public String describe() {
    Map<SettingGroup, StringBuilder> groups = new EnumMap<>(SettingGroup.class);
    for (Entry entry : entries.values()) {
      Setting<?> setting = entry.setting();
      String text = entry.text().isBlank() ? setting.defaultText() : entry.text().strip();
      String shown = text.isEmpty() && !setting.secret() ? "(none)" : setting.display(text);
      String origin =
          entry.source() == Source.DEFAULT
              ? ""
              : "   [" + entry.source().name().toLowerCase() + "]";
      groups
          .computeIfAbsent(setting.group(), g -> new StringBuilder(g.title()).append('\n'))
          .append(String.format("  %-34s %s%s%n", setting.key(), shown, origin));
    }
    return String.join("", groups.values());
  }

  private Entry entry(Setting<?> setting) {
    Entry entry = entries.get(setting.key());
    if (entry == null) {
      throw new IllegalArgumentException("setting " + setting.key() + " was not loaded");
    }
    return entry;
  }

  private static Map<String, Setting<?>> byKey(Collection<Setting<?>> settings) {
    Map<String, Setting<?>> byKey = new LinkedHashMap<>();
    for (Setting<?> setting : settings) {
      if (byKey.put(setting.key(), setting) != null) {
        throw new IllegalArgumentException(setting.key() + " is declared twice");
      }
    }
    return byKey;
  }

  private static Map<String, String> readProperties(Path path) {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException | IllegalArgumentException e) {
      throw new ConfigurationException(
          List.of(
              CONFIG_FILE.problem(
                  path.toString(),
                  "expected a readable properties file ("
                      + e.getClass().getSimpleName()
                      + ": "
                      + e.getMessage()
                      + ")")));
    }
    Map<String, String> map = new HashMap<>();
    properties.stringPropertyNames().forEach(k -> map.put(k.strip(), properties.getProperty(k)));
    return map;
  }
}
