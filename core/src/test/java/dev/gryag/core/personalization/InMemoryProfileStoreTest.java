package dev.gryag.core.personalization;

class InMemoryProfileStoreTest extends ProfileStoreContract {

  @Override
  protected ProfileStore newStore() {
    return new InMemoryProfileStore();
  }
}
