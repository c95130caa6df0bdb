package dev.gryag.core.conversation;

import dev.gryag.core.context.InMemoryMessageStore;

class InMemoryPendingAnswersTest extends PendingAnswersContract {

  @Override
  protected Stores newStores() {
    InMemoryMessageStore messages = new InMemoryMessageStore();
    return new Stores(messages, new InMemoryPendingAnswers(messages));
  }
}
