package dev.gryag.app.bot.config;

import dev.gryag.adapter.llm.LlmSettings;
import dev.gryag.adapter.persistence.DatabaseSettings;
import dev.gryag.adapter.telegram.TelegramSettings;
import dev.gryag.core.cleanup.RetentionSettings;
import dev.gryag.core.config.Configuration;
import dev.gryag.core.config.Setting;
import java.util.ArrayList;
import java.util.List;

/**
 * Every module's settings, in documentation order: what the bot loads at start, prints with {@code
 * --print-config} and documents in {@code docs/configuration.md}.
 */
public final class SettingsRegistry {

  private SettingsRegistry() {}

  /** The Telegram, LLM and PostgreSQL adapters' keys, the core's, the bot's, the loader's. */
  public static List<Setting<?>> all() {
    List<Setting<?>> all = new ArrayList<>();
    all.addAll(TelegramSettings.all());
    all.addAll(LlmSettings.all());
    all.addAll(DatabaseSettings.all());
    all.addAll(RetentionSettings.all());
    all.addAll(Settings.all());
    all.add(Configuration.CONFIG_FILE);
    return List.copyOf(all);
  }
}
