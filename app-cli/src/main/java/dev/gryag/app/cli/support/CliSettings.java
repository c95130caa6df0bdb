package dev.gryag.app.cli.support;

import dev.gryag.adapter.llm.LlmSettings;
import dev.gryag.adapter.persistence.DatabaseSettings;
import dev.gryag.core.cleanup.RetentionSettings;
import dev.gryag.core.config.Setting;
import java.util.ArrayList;
import java.util.List;

/**
 * The bot's keys the commands read from the environment, declared once by their modules: the
 * database's (every store command), the LLM's and the retention's ({@code gryag cleanup}). What
 * {@code gryag --print-config} lists.
 */
public final class CliSettings {

  private CliSettings() {}

  /** The database's, the LLM's and the retention's keys, in the bot's documentation order. */
  public static List<Setting<?>> all() {
    List<Setting<?>> all = new ArrayList<>();
    all.addAll(LlmSettings.all());
    all.addAll(DatabaseSettings.all());
    all.addAll(RetentionSettings.all());
    return List.copyOf(all);
  }
}
