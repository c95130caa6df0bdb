package dev.gryag.adapter.persistence;

import static dev.gryag.adapter.persistence.TestMessages.CHAT_ID;
import static dev.gryag.adapter.persistence.TestMessages.T0;
import static dev.gryag.adapter.persistence.TestMessages.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gryag.core.StoreException;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.ChatMigration;
import dev.gryag.core.model.MessageRef;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What only a database shows of a chat's move: one statement, its plan, atomicity, races. */
class ChatMovesIT {

  private static final ChatId GROUP = ChatId.of(-4_000_000_001L);
  private static final ChatMigration MIGRATION = new ChatMigration(GROUP, CHAT_ID);
  private static PostgresDatabase database;
  private static DSLContext dsl;
  private static JooqMessageStore store;

  @BeforeAll
  static void start() {
    database = TestDatabases.freshDatabase();
    dsl = database.dsl();
    store = new JooqMessageStore(database);
  }

  @AfterAll
  static void stop() {
    database.close();
  }

  @BeforeEach
  void empty() {
    TestDatabases.deleteAllRows(database);
  }

  private static void talk(long chat, int messages) {
    List<ChatMessage> batch = new ArrayList<>();
    for (long id = 1; id <= messages; id++) {
      ChatMessage message = text(chat, id, "розмова w" + id);
      batch.add(id % 3 == 0 ? message.withReplyTo(id - 1) : message);
    }
    store.appendAll(batch);
  }

  @Test
  void theMoveDeletesOnThePrimaryKeyAndInsertsInTheSameStatement() {
    for (long chat : List.of(GROUP.value(), -1009999L, -1005555L, CHAT_ID.value())) {
      talk(chat, 2_000);
    }
    dsl.execute("analyze message");

    String plan = dsl.explain(JooqMessageStore.moveQuery(dsl, MIGRATION)).plan();

    assertThat(plan)
        .contains("Delete on message")
        // message_pk here; on a large table the planner may read the chat's entries of the
        // search index instead (its first column is the chat id too): an index either way.
        .containsPattern("Index Scan (using|on) message_(pk|search_idx)")
        .contains("Index Cond: (chat_id = '-4000000001'::bigint)")
        .contains("Insert on message")
        .doesNotContain("Seq Scan");
    String profiles = dsl.explain(JooqProfileStore.moveQuery(dsl, MIGRATION)).plan();
    assertThat(profiles).contains("Conflict Arbiter Indexes: member_profile_pk");
  }

  @Test
  void anIdThatCannotMoveFailsTheStatementWithAMessageNamingIt() {
    talk(GROUP.value(), 50);
    store.append(
        ChatMessage.text(
            new MessageRef(GROUP, Long.MAX_VALUE - 1), TestMessages.ALICE, T0, "неможливий id"));

    assertThatThrownBy(() -> store.move(MIGRATION))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("Moving the messages of " + MIGRATION)
        .hasMessageContaining("message id " + (Long.MAX_VALUE - 1) + " cannot move");

    assertThat(store.count(GROUP)).isEqualTo(51);
    assertThat(store.count(CHAT_ID)).isZero();
  }

  @Test
  void concurrentMovesOfOneChatMoveEachMessageOnce() throws Exception {
    int messages = 3_000;
    talk(GROUP.value(), messages);
    int movers = 6;
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Long>> results = new ArrayList<>();
    try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < movers; i++) {
        results.add(
            threads.submit(() -> {
              go.await();
              return store.move(MIGRATION);
            }));
      }
      go.countDown();
    }

    long moved = 0;
    for (Future<Long> result : results) {
      moved += result.get();
    }
    assertThat(moved).isEqualTo(messages);
    assertThat(store.count(GROUP)).isZero();
    assertThat(store.count(CHAT_ID)).isEqualTo(messages);
    ChatMessage last = store.find(MIGRATION.moved(new MessageRef(GROUP, messages))).orElseThrow();
    assertThat(last.replyToMessageId()).isEqualTo(MIGRATION.movedMessageId(messages - 1));
  }
}
