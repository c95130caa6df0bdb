package dev.gryag.core.forgetting;

class InMemoryTombstonesTest extends TombstonesContract {

  @Override
  protected Tombstones newStore() {
    return new InMemoryTombstones();
  }
}
