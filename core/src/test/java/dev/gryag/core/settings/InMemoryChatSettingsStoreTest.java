package dev.gryag.core.settings;

class InMemoryChatSettingsStoreTest extends ChatSettingsStoreContract {

  @Override
  protected ChatSettingsStore newStore() {
    return new InMemoryChatSettingsStore();
  }
}
