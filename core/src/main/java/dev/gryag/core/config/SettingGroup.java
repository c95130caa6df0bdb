package dev.gryag.core.config;

/** The groups settings are listed and documented in, in that order. */
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
