package dev.gryag.core.personalization;

class InMemoryPreferenceStoreTest extends PreferenceStoreContract {

  @Override
  protected PreferenceStore newStore() {
    return new InMemoryPreferenceStore();
  }
}
