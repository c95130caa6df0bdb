package dev.gryag.adapter.persistence;

import static dev.gryag.adapter.persistence.TestMessages.ALICE;
import static dev.gryag.adapter.persistence.TestMessages.CHAT_ID;
import static dev.gryag.adapter.persistence.TestMessages.T0;
import static dev.gryag.adapter.persistence.jooq.Tables.MESSAGE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gryag.core.context.MessageStore;
import dev.gryag.core.context.MessageStoreContract;
import dev.gryag.core.model.Author;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.MessageRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link JooqMessageStore} against the core contract, plus what only a database can show. */
class JooqMessageStoreIT extends MessageStoreContract {

  @RegisterExtension static final FreshSchema db = new FreshSchema();

  @Override
  protected MessageStore newStore() {
    return new JooqMessageStore(db.empty());
  }

  @Test
  void manyThreadsAppendingToTheSameChatsLoseAndDuplicateNothing() throws Exception {
    // Virtual threads far beyond the pool's 4 connections; every message is sent twice, once
    // alone and once inside a batch, by different threads.
    int writers = 32;
    int chats = 4;
    int perWriter = 60;
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Integer>> results = new ArrayList<>();
    try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int w = 0; w < writers; w++) {
        int writer = w;
        results.add(
            threads.submit(() -> {
              go.await();
              List<ChatMessage> mine = new ArrayList<>();
              for (int i = 0; i < perWriter; i++) {
                long id = 1 + (long) (writer % (writers / 2)) * perWriter + i;
                mine.add(TestMessages.text(-100 - (i % chats), id, "повідомлення " + id));
              }
              if (writer < writers / 2) {
                int added = 0;
                for (ChatMessage message : mine) {
                  added += store.append(message) ? 1 : 0;
                }
                return added;
              }
              return store.appendAll(mine);
            }));
      }
      go.countDown();
      int added = 0;
      for (Future<Integer> result : results) {
        added += result.get();
      }

      int distinct = writers / 2 * perWriter;
      assertThat(added).isEqualTo(distinct);
      assertThat(db.dsl().fetchCount(MESSAGE)).isEqualTo(distinct);
      Set<Long> ids = new HashSet<>();
      for (int c = 0; c < chats; c++) {
        List<ChatMessage> window = store.recent(ChatId.of(-100 - c), distinct);
        window.forEach(m -> ids.add(m.messageId()));
        assertThat(window).allMatch(m -> m.text().equals("повідомлення " + m.messageId()));
      }
      assertThat(ids).hasSize(distinct);
    }
  }

  @Test
  void aBatchLargerThanAChunkWithDuplicatesIsStoredOnceAndCountedRight() {
    List<ChatMessage> batch = new ArrayList<>();
    for (long id = 1; id <= MessageImport.ROWS_PER_CHUNK + 1_500; id++) {
      batch.add(TestMessages.text(id, "рядок " + id));
    }
    store.appendAll(batch.subList(0, 700));
    batch.add(batch.get(3));

    int added = store.appendAll(batch);

    assertThat(added).isEqualTo(MessageImport.ROWS_PER_CHUNK + 1_500 - 700);
    assertThat(store.count(CHAT_ID)).isEqualTo(MessageImport.ROWS_PER_CHUNK + 1_500);
  }

  @Test
  void aBatchKeepsEveryFieldAndAwkwardText() {
    ChatMessage rich = TestMessages.everyField(500);
    ChatMessage awkward =
        TestMessages.text(
            501, "tab\there\\back\\slash\nnew line\r\n\\N \\t 'quote' \"dq\" \u0000nul");
    ChatMessage anonymous = TestMessages.fromTheChatItself(502);
    Author nameless = new Author(ALICE.id(), "", null, ALICE.kind());
    ChatMessage empty =
        ChatMessage.text(MessageRef.of(TestMessages.CHAT, 503), nameless, T0.plusNanos(1_999), "");

    assertThat(store.appendAll(List.of(rich, awkward, anonymous, empty))).isEqualTo(4);

    assertThat(store.find(rich.ref())).contains(rich);
    assertThat(store.find(awkward.ref()))
        .get()
        .extracting(ChatMessage::text)
        .isEqualTo(awkward.text().replace('\u0000', '\uFFFD'));
    assertThat(store.find(anonymous.ref())).contains(anonymous);
    assertThat(store.find(empty.ref()))
        .get()
        .extracting(ChatMessage::sentAt)
        .isEqualTo(T0.plusNanos(1_000));
  }

  @Test
  void erasingAnAuthorLeavesNothingOfThemInTheTable() {
    Author bob = Author.person(102, "Bob", "bob");
    List<ChatMessage> messages = new ArrayList<>();
    for (long id = 1; id <= 50; id++) {
      ChatMessage message = TestMessages.text(id, "таємниця " + id).withThread(id % 3);
      messages.add(
          id % 2 == 0
              ? message
              : ChatMessage.text(message.ref(), bob, message.sentAt(), "звичайне " + id));
    }
    store.appendAll(messages);
    store.markImportant(MessageRef.of(TestMessages.CHAT, 2), true);

    assertThat(store.eraseAuthor(CHAT_ID, ALICE.id())).isEqualTo(25);

    assertThat(db.dsl().fetchCount(MESSAGE, MESSAGE.AUTHOR_ID.eq(ALICE.id().value()))).isZero();
    assertThat(db.dsl().fetchCount(MESSAGE)).isEqualTo(25);
    assertThat(store.search(CHAT_ID, "таємниця", T0.plusSeconds(1_000), 100)).isEmpty();
    assertThat(store.topAuthors(CHAT_ID, T0, 10))
        .extracting(a -> a.author().id())
        .containsExactly(bob.id());
  }

  @Test
  void searchRanksByStemmedWordsAcrossUkrainianRussianAndEnglish() {
    store.appendAll(
        List.of(
            TestMessages.text(1, "Гряг, привіт!"),
            TestMessages.text(2, "Де ГРЯГА? Піду до Львова"),
            TestMessages.text(3, "Живу у Львові"),
            TestMessages.text(4, "The bots replied")));

    assertThat(ids(store.search(CHAT_ID, "грягом у львові", T0.plusSeconds(10), 10)))
        .containsExactly(2L, 3L, 1L);
    assertThat(ids(store.search(CHAT_ID, "bot reply", T0.plusSeconds(10), 10))).containsExactly(4L);
    assertThat(store.search(CHAT_ID, "a & !b | c:* 'd'); drop table message; --", T0, 10))
        .isEmpty();
    assertThat(db.dsl().fetchCount(MESSAGE)).isEqualTo(4);
  }

  private static List<Long> ids(List<ChatMessage> messages) {
    return messages.stream().map(ChatMessage::messageId).toList();
  }
}
