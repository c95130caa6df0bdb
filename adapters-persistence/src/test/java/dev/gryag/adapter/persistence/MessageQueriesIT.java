package dev.gryag.adapter.persistence;

import static dev.gryag.adapter.persistence.TestMessages.CHAT;
import static dev.gryag.adapter.persistence.TestMessages.CHAT_ID;
import static dev.gryag.adapter.persistence.TestMessages.T0;
import static dev.gryag.adapter.persistence.TestMessages.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatMessage;
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

/** The message store's queries: how search reads words, and that an index serves each query. */
class MessageQueriesIT {

  private static final long OTHER_CHAT = -1009999L;
  private static final Instant LATER = T0.plusSeconds(100_000);
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

  private static List<Long> search(String words, int limit) {
    return store.search(CHAT_ID, words, LATER, limit).stream().map(ChatMessage::messageId).toList();
  }

  @Test
  void searchMatchesInflectedFormsWhateverTheApostropheOrCase() {
    store.appendAll(
        List.of(
            text(1, "Гряг, привіт!"),
            text(2, "Де ГРЯГА?"),
            text(3, "купив м'ясо"),
            text(4, "купив мʼясо"),
            text(5, "п’ять хвилин"),
            text(6, "The bots replied"),
            text(7, "Живу у Львові, а ти в Києві?"),
            text(OTHER_CHAT, 8, "гряг в іншому чаті")));

    assertThat(search("грягом", 10)).containsExactly(2L, 1L);
    assertThat(search("м’ясо", 10)).containsExactly(4L, 3L);
    assertThat(search("П'ЯТЬ", 10)).containsExactly(5L);
    assertThat(search("bot reply", 10)).containsExactly(6L);
    assertThat(search("львова", 10)).containsExactly(7L);
    assertThat(search("києва", 10)).containsExactly(7L);
    assertThat(search("купив м'ясо", 1)).containsExactly(4L);
    assertThat(search("гряг хвилин", 10)).containsExactly(5L, 2L, 1L);
  }

  @Test
  void searchTextIsDataNeverSyntax() {
    store.appendAll(List.of(text(1, "a b c d"), text(2, "it's O'Brien's")));

    assertThat(search(" !?* ", 10)).isEmpty();
    assertThat(search("x & !b | c:* 'd'); drop table message; --", 10)).containsExactly(1L);
    assertThat(search("O'Brien", 10)).containsExactly(2L);
    assertThat(search("the", 10)).isEmpty(); // an English stop word: nothing to search for
    assertThat(store.count(CHAT_ID)).isEqualTo(2);
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
    store.appendAll(messages);
    dsl.execute("analyze message");

    assertThat(plan(MessageQueries.recentWindowQuery(dsl, CHAT_ID, 50)))
        .contains("Index Scan Backward using message_chat_time_idx");
    assertThat(plan(MessageQueries.threadWindowQuery(dsl, CHAT_ID, 3L, 50)))
        .contains("Index Scan Backward using message_thread_idx");
    assertThat(plan(MessageQueries.replyChainQuery(dsl, text(1_501, "x").withReplyTo(1_500L), 20)))
        .contains("Index Scan using message_pk")
        .doesNotContain("Seq Scan");
    assertThat(plan(MessageCleanup.deleteBeforeQuery(dsl, null, T0.plusSeconds(100), 500)))
        .contains("message_cleanup_idx");
    assertThat(plan(MessageCleanup.deleteBeforeQuery(dsl, CHAT_ID, T0.plusSeconds(100), 500)))
        .contains("Index Scan using message_chat_time_idx");
    assertThat(plan(MessageQueries.topAuthorsQuery(dsl, CHAT_ID, T0.plusSeconds(1_900), 10)))
        .contains("message_chat_time_idx");
    // A search walks the chat backwards on the time index, or asks the search index, by the
    // planner's estimate of the word's frequency and the chat's size; for a chat of 2,000 messages
    // reading them is cheapest (the benchmark shows the plans on millions of rows). With the time
    // index gone and sequential scans priced out, the search index must serve.
    assertThat(
            planWithSearchIndexOnly(
                MessageTextSearch.searchQuery(dsl, CHAT_ID, "рідкісне", LATER, 20)))
        .contains("Bitmap Index Scan on message_search_idx")
        .contains("Index Cond: ((chat_id = '-1001234567890'::bigint) AND (search_vector @@");
    assertThat(search("рідкісне", 20)).containsExactly(1_234L);
  }

  @Test
  void listingTheChatsJumpsFromChatToChatOnThePrimaryKey() {
    List<ChatMessage> messages = new ArrayList<>();
    for (long chat = 1; chat <= 20; chat++) {
      for (long id = 1; id <= 300; id++) {
        messages.add(text(-chat, id, "m"));
      }
    }
    store.appendAll(messages);
    dsl.execute("analyze message");

    assertThat(store.chats()).hasSize(20).first().isEqualTo(ChatId.of(-20));
    String plan = dsl.explain(MessageQueries.chatsQuery(dsl)).plan();
    assertThat(plan).contains("Index Only Scan using message_pk").doesNotContain("Seq Scan");
  }

  /** The plan PostgreSQL chooses for {@code query} on the current statistics. */
  private static String plan(Query query) {
    return dsl.explain(query).plan();
  }

  /**
   * The plan of {@code query} in a transaction, rolled back, without the primary key and the time
   * index and with sequential scans priced out.
   */
  private static String planWithSearchIndexOnly(Query query) {
    return dsl.connectionResult(connection -> {
      connection.setAutoCommit(false);
      try {
        DSLContext transaction = DSL.using(connection, SQLDialect.POSTGRES);
        transaction.execute("alter table message drop constraint message_pk");
        transaction.execute("drop index message_chat_time_idx");
        transaction.execute("set local enable_seqscan = off");
        return transaction.explain(query).plan();
      } finally {
        connection.rollback();
        connection.setAutoCommit(true);
      }
    });
  }
}
