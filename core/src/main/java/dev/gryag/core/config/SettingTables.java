package dev.gryag.core.config;

import java.util.Collection;
import java.util.List;

/**
 * Settings as Markdown tables, one per {@link SettingGroup}: key, default, what is allowed and the
 * one-line doc. {@code docs/configuration.md} is made of them; a test keeps the two equal.
 */
public final class SettingTables {

  private SettingTables() {}

  /** A table of the settings in {@code group}, in the order given; empty when there are none. */
  public static String table(Collection<Setting<?>> settings, SettingGroup group) {
    List<Setting<?>> inGroup = settings.stream().filter(s -> s.group() == group).toList();
    if (inGroup.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder("| Key | Default | Allowed | Meaning |\n");
    out.append("|---|---|---|---|\n");
    inGroup.forEach(s -> out.append(row(s)).append('\n'));
    return out.toString();
  }

  /** Every group's table under a {@code ###} heading with the group's title. */
  public static String tables(Collection<Setting<?>> settings) {
    StringBuilder out = new StringBuilder();
    for (SettingGroup group : SettingGroup.values()) {
      String table = table(settings, group);
      if (!table.isEmpty()) {
        out.append("### ").append(group.title()).append("\n\n").append(table).append('\n');
      }
    }
    return out.toString();
  }

  static String row(Setting<?> setting) {
    return "| `"
        + setting.key()
        + "` | "
        + code(setting.defaultText())
        + " | "
        + (setting.range().isEmpty() ? "—" : escape(setting.range()))
        + " | "
        + escape(setting.doc())
        + " |";
  }

  private static String code(String text) {
    return text.isEmpty() ? "—" : "`" + escape(text) + "`";
  }

  private static String escape(String text) {
    return text.replace("|", "\\|");
  }
}
