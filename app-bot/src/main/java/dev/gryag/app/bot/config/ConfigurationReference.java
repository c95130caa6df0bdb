package dev.gryag.app.bot.config;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The bot's own keys as Markdown tables, one per group: the source of the first part of {@code
 * docs/configuration.md} (a test keeps the two equal; {@code ./gryag bot --config-reference} prints
 * it).
 */
public final class ConfigurationReference {

  private ConfigurationReference() {}

  public static String markdown(Collection<Setting<?>> settings) {
    StringBuilder out = new StringBuilder();
    for (SettingGroup group : SettingGroup.values()) {
      List<Setting<?>> inGroup =
          settings.stream().filter(s -> s.group() == group).collect(Collectors.toList());
      if (inGroup.isEmpty()) {
        continue;
      }
      out.append("### ").append(group.title()).append("\n\n");
      out.append("| Key | Default | Meaning |\n|---|---|---|\n");
      inGroup.forEach(s -> out.append(row(s)).append('\n'));
      out.append('\n');
    }
    return out.toString();
  }

  static String row(Setting<?> setting) {
    String fallback = setting.defaultText().isEmpty() ? "—" : "`" + setting.defaultText() + "`";
    return "| `" + setting.key() + "` | " + fallback + " | " + setting.description() + " |";
  }
}
