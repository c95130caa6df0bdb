package dev.gryag.core.conversation;

class InMemoryCursorStoreTest extends CursorStoreContract {

  @Override
  protected CursorStore newStore() {
    return new InMemoryCursorStore();
  }
}
