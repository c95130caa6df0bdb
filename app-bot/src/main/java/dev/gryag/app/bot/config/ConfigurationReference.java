package dev.gryag.app.bot.config;

import dev.gryag.core.config.Setting;
import dev.gryag.core.config.SettingGroup;
import dev.gryag.core.config.SettingTables;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;

/**
 * {@code docs/configuration.md}: the prose of {@code configuration.md} beside this class, with each
 * group's table of keys ({@link SettingTables}) in place of its {@code {{GROUP}}} mark. {@code
 * ./gryag bot --config-reference} prints it; a test keeps the file equal to it.
 */
public final class ConfigurationReference {

  private ConfigurationReference() {}

  /** The whole page for {@code settings}: every group's keys, and the prose around them. */
  public static String markdown(Collection<Setting<?>> settings) {
    String page = template();
    for (SettingGroup group : SettingGroup.values()) {
      String mark = "{{" + group.name() + "}}";
      String table = SettingTables.table(settings, group);
      if (!page.contains(mark)) {
        throw new IllegalStateException("configuration.md has no " + mark + " for its keys");
      }
      page = page.replace(mark, table);
    }
    return page;
  }

  private static String template() {
    try (InputStream in = ConfigurationReference.class.getResourceAsStream("configuration.md")) {
      if (in == null) {
        throw new IllegalStateException(
            "configuration.md is missing beside " + ConfigurationReference.class);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
