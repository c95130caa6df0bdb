package dev.gryag.app.bot.config;

/** The groups the bot's settings are listed and documented in. */
public enum SettingGroup {
  ESSENTIAL("Essential"),
  BEHAVIOUR("Behaviour"),
  LLM("Language models"),
  STORAGE("Storage and retention"),
  ADVANCED("Advanced");

  private final String title;

  SettingGroup(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }
}
