package dev.gryag.core.cleanup;

class InMemoryChatSummaryStoreTest extends ChatSummaryStoreContract {

  @Override
  protected ChatSummaryStore newStore() {
    return new InMemoryChatSummaryStore();
  }
}
