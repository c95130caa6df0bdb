package dev.gryag.adapter.persistence;

import static dev.gryag.adapter.persistence.TestMessages.CHAT;
import static dev.gryag.adapter.persistence.TestMessages.CHAT_ID;
import static dev.gryag.adapter.persistence.TestMessages.T0;
import static dev.gryag.adapter.persistence.TestMessages.text;
import static dev.gryag.adapter.persistence.jooq.Tables.MESSAGE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.MessageRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The hot queries of the message table: their results, and that an index serves each. */
class MessageQueriesIT {

  private static final long OTHER_CHAT = -1009999L;
  private static PostgresDatabase database;
  private static DSLContext dsl;

  @BeforeAll
  static void start() {
    database = TestDatabases.freshDatabase();
    dsl = database.dsl();
  }

  @AfterAll
  static void stop() {
    database.close();
  }

  @BeforeEach
  void empty() {
    dsl.deleteFrom(MESSAGE).execute();
  }

  private static void store(ChatMessage... messages) {
    MessageBatchInsert.insert(dsl, List.of(messages));
  }

  private static List<Long> ids(List<ChatMessage> messages) {
    return messages.stream().map(ChatMessage::messageId).toList();
  }

  @Test
  void theRecentWindowIsTheLatestMessagesOfTheChatOldestFirst() {
    store(text(1, "a"), text(2, "b"), text(3, "c"), text(4, "d"), text(OTHER_CHAT, 5, "x"));

    assertThat(ids(MessageQueries.recentWindow(dsl, CHAT_ID, 3))).containsExactly(2L, 3L, 4L);
    assertThat(ids(MessageQueries.recentWindow(dsl, CHAT_ID, 10))).containsExactly(1L, 2L, 3L, 4L);
    assertThat(MessageQueries.recentWindow(dsl, ChatId.of(-42), 10)).isEmpty();
  }

  @Test
  void theThreadWindowStaysInItsTopic() {
    store(
        text(1, "a").withThread(10L),
        text(2, "b").withThread(20L),
        text(3, "c").withThread(10L),
        text(4, "d"));

    assertThat(ids(MessageQueries.threadWindow(dsl, CHAT_ID, 10, 5))).containsExactly(1L, 3L);
  }

  @Test
  void theReplyChainWalksUpToItsRootOldestFirst() {
    store(
        text(1, "root"),
        text(2, "unrelated"),
        text(3, "reply to root").withReplyTo(1L),
        text(4, "reply to reply").withReplyTo(3L),
        text(5, "deeper").withReplyTo(4L));

    assertThat(ids(MessageQueries.replyChain(dsl, MessageRef.of(CHAT, 5), 10)))
        .containsExactly(1L, 3L, 4L, 5L);
    assertThat(ids(MessageQueries.replyChain(dsl, MessageRef.of(CHAT, 5), 2)))
        .containsExactly(3L, 4L, 5L);
    assertThat(ids(MessageQueries.replyChain(dsl, MessageRef.of(CHAT, 1), 10))).containsExactly(1L);
  }

  @Test
  void theReplyChainEndsAtAMessageNotStored() {
    store(text(7, "replies to a deleted message").withReplyTo(6L), text(8, "x").withReplyTo(7L));

    assertThat(ids(MessageQueries.replyChain(dsl, MessageRef.of(CHAT, 8), 10)))
        .containsExactly(7L, 8L);
    assertThat(MessageQueries.replyChain(dsl, MessageRef.of(CHAT, 99), 10)).isEmpty();
  }

  @Test
  void searchMatchesInflectedFormsWhateverTheApostropheOrCase() {
    store(
        text(1, "Гряг, привіт!"),
        text(2, "Де ГРЯГА?"),
        text(3, "купив м'ясо"),
        text(4, "купив мʼясо"),
        text(5, "п’ять хвилин"),
        text(6, "The bots replied"),
        text(7, "Живу у Львові, а ти в Києві?"),
        text(OTHER_CHAT, 8, "гряг в іншому чаті"));

    assertThat(ids(MessageQueries.search(dsl, CHAT_ID, "грягом", 10))).containsExactly(1L, 2L);
    assertThat(ids(MessageQueries.search(dsl, CHAT_ID, "м’ясо", 10))).containsExactly(3L, 4L);
    assertThat(ids(MessageQueries.search(dsl, CHAT_ID, "П'ЯТЬ", 10))).containsExactly(5L);
    assertThat(ids(MessageQueries.search(dsl, CHAT_ID, "bot reply", 10))).containsExactly(6L);
    assertThat(ids(MessageQueries.search(dsl, CHAT_ID, "львова", 10))).containsExactly(7L);
    assertThat(ids(MessageQueries.search(dsl, CHAT_ID, "києва", 10))).containsExactly(7L);
    assertThat(ids(MessageQueries.search(dsl, CHAT_ID, "купив м'ясо", 1))).containsExactly(4L);
    assertThat(ids(MessageQueries.search(dsl, CHAT_ID, "гряг хвилин", 10))).isEmpty();
  }

  @Test
  void searchTextIsDataNeverSyntax() {
    store(text(1, "a b c d"), text(2, "it's O'Brien's"));

    assertThat(MessageQueries.search(dsl, CHAT_ID, " !?* ", 10)).isEmpty();
    assertThat(MessageQueries.search(dsl, CHAT_ID, "a & !b | c:* 'd'); drop table message; --", 10))
        .isEmpty();
    assertThat(ids(MessageQueries.search(dsl, CHAT_ID, "O'Brien", 10))).containsExactly(2L);
    assertThat(dsl.fetchCount(MESSAGE)).isEqualTo(2);
  }

  @Test
  void ageCleanupDeletesTheOldestUnimportantMessagesInBatches() {
    List<ChatMessage> messages = new ArrayList<>();
    for (long id = 1; id <= 10; id++) {
      messages.add(text(id, "m" + id));
    }
    store(messages.toArray(ChatMessage[]::new));
    dsl.update(MESSAGE).set(MESSAGE.IMPORTANT, true).where(MESSAGE.MESSAGE_ID.eq(2L)).execute();
    Instant cutoff = T0.plusSeconds(7); // messages 1..6 are older

    assertThat(MessageQueries.deleteOlderThan(dsl, cutoff, 3)).isEqualTo(3);
    assertThat(MessageQueries.deleteOlderThan(dsl, cutoff, 3)).isEqualTo(2);
    assertThat(MessageQueries.deleteOlderThan(dsl, cutoff, 3)).isZero();

    assertThat(
            dsl.select(MESSAGE.MESSAGE_ID)
                .from(MESSAGE)
                .orderBy(MESSAGE.MESSAGE_ID)
                .fetch(MESSAGE.MESSAGE_ID))
        .containsExactly(2L, 7L, 8L, 9L, 10L);
  }

  @Test
  void everyHotQueryIsServedByItsIndex() {
    // Enough rows for the planner to prefer indexes on its own: 3 chats of 2,000 messages, 10
    // topics each, every third message a reply, one rare word.
    List<ChatMessage> messages = new ArrayList<>();
    for (long chat : List.of(CHAT, OTHER_CHAT, -1005555L)) {
      for (long id = 1; id <= 2_000; id++) {
        String words = id == 1_234 ? "рідкісне слово" : "розмова w" + id + " t" + id % 7;
        ChatMessage message = text(chat, id, words).withThread(id % 10);
        messages.add(id % 3 == 0 ? message.withReplyTo(id - 1) : message);
      }
    }
    MessageBatchInsert.insert(dsl, messages);
    dsl.execute("analyze message");

    assertThat(plan(MessageQueries.recentWindowQuery(dsl, CHAT_ID, 50)))
        .contains("Index Scan Backward using message_pk");
    assertThat(plan(MessageQueries.threadWindowQuery(dsl, CHAT_ID, 3, 50)))
        .contains("message_thread_idx");
    assertThat(plan(MessageQueries.replyChainQuery(dsl, MessageRef.of(CHAT, 1_500), 20)))
        .contains("Index Scan using message_pk")
        .doesNotContain("Seq Scan");
    // A search walks the chat backwards (primary key), reads all the chat's rows, or asks the
    // search index, by the planner's estimate of the word's frequency and the chat's size; for a
    // chat of 2,000 messages reading them is cheapest (the benchmark shows the plans on a million
    // rows). Without the primary key and with sequential scans priced out, the index must serve.
    assertThat(planWithoutPrimaryKey(MessageQueries.searchQuery(dsl, CHAT_ID, "рідкісне", 20)))
        .contains("Bitmap Index Scan on message_search_idx")
        .contains("Index Cond: ((chat_id = '-1001234567890'::bigint) AND (search_vector @@");
    assertThat(plan(MessageQueries.deleteOlderThanQuery(dsl, T0.plusSeconds(100), 500)))
        .contains("message_cleanup_idx");
    assertThat(
            plan(
                dsl.selectFrom(MESSAGE)
                    .where(MESSAGE.CHAT_ID.eq(CHAT))
                    .and(MESSAGE.REPLY_TO.eq(1_499L))))
        .contains("message_reply_idx");
    assertThat(ids(MessageQueries.search(dsl, CHAT_ID, "рідкісне", 20))).containsExactly(1_234L);
  }

  /** The plan PostgreSQL chooses for {@code query} on the current statistics. */
  private static String plan(Query query) {
    return dsl.explain(query).plan();
  }

  /**
   * The plan of {@code query} in a transaction, rolled back, without the primary key and with
   * sequential scans priced out.
   */
  private static String planWithoutPrimaryKey(Query query) {
    return dsl.connectionResult(connection -> {
      connection.setAutoCommit(false);
      try {
        DSLContext transaction = DSL.using(connection, SQLDialect.POSTGRES);
        transaction.execute("alter table message drop constraint message_pk");
        transaction.execute("set local enable_seqscan = off");
        return transaction.explain(query).plan();
      } finally {
        connection.rollback();
        connection.setAutoCommit(true);
      }
    });
  }
}
