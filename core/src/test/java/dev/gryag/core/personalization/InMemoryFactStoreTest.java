package dev.gryag.core.personalization;

class InMemoryFactStoreTest extends FactStoreContract {

  @Override
  protected FactStore newStore() {
    return new InMemoryFactStore();
  }
}
