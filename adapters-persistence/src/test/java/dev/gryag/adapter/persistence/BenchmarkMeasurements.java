package dev.gryag.adapter.persistence;

import static dev.gryag.adapter.persistence.MessageStoreBenchmark.chatId;
import static dev.gryag.adapter.persistence.MessageStoreBenchmark.explain;
import static dev.gryag.adapter.persistence.MessageStoreBenchmark.latencies;
import static dev.gryag.adapter.persistence.jooq.Tables.MESSAGE;

import dev.gryag.core.model.ChatMessage;
import java.time.Instant;
import java.util.SplittableRandom;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/** The measuring half of {@link MessageStoreBenchmark}: appends, hot queries, cleanup. */
final class BenchmarkMeasurements {

  private BenchmarkMeasurements() {}

  static void run(DSLContext dsl, JooqMessageStore store, int chats) {
    dsl.execute("vacuum analyze message");
    long rows = dsl.fetchCount(MESSAGE);
    long maxId = dsl.select(DSL.max(MESSAGE.MESSAGE_ID)).from(MESSAGE).fetchOne(0, Long.class);
    System.out.printf("Table: %,d messages in %,d chats, %s on disk%n", rows, chats, size(dsl));
    SplittableRandom random = new SplittableRandom(7);
    Instant later = Instant.parse("2100-01-01T00:00:00Z");

    int chat0 = random.nextInt(chats);
    System.out.println(
        "Single append (store.append: INSERT ... ON CONFLICT DO NOTHING, one commit each): "
            + latencies(
                2_000,
                i ->
                    store.append(
                        MessageStoreBenchmark.message(random, chat0, maxId + 1 + i, chats))));
    System.out.println(
        "Recent window (store.recent, 50 messages): "
            + latencies(5_000, i -> store.recent(chatId(random.nextInt(chats)), 50)));
    System.out.println(
        "Reply chain (store.replyChain, up to 20 ancestors): "
            + latencies(5_000, i -> store.replyChain(replyTo(random, chats, maxId), 20)));
    System.out.println(
        "Search, frequent word 'привіт' (best 20): "
            + latencies(
                1_000, i -> store.search(chatId(random.nextInt(chats)), "привіт", later, 20)));
    System.out.println(
        "Search, rare word 'рідкісне' (best 20): "
            + latencies(
                1_000, i -> store.search(chatId(random.nextInt(chats)), "рідкісне", later, 20)));
    System.out.println(
        "Search, three words 'кава погода рідкісне' (best 10): "
            + latencies(
                1_000,
                i ->
                    store.search(
                        chatId(random.nextInt(chats)), "кава погода рідкісне", later, 10)));

    int chat = random.nextInt(chats);
    explain(dsl, "recent window", MessageQueries.recentWindowQuery(dsl, chatId(chat), 50));
    explain(
        dsl, "reply chain", MessageQueries.replyChainQuery(dsl, replyTo(random, chats, maxId), 20));
    explain(
        dsl,
        "search, frequent word",
        MessageTextSearch.searchQuery(dsl, chatId(chat), "привіт", later, 20));
    explain(
        dsl,
        "search, rare word",
        MessageTextSearch.searchQuery(dsl, chatId(chat), "рідкісне", later, 20));
    Instant cutoff =
        dsl.select(
                DSL.field(
                    "percentile_disc(0.01) within group (order by sent_at)", SQLDataType.INSTANT))
            .from(MESSAGE)
            .fetchOne(0, Instant.class);
    explain(dsl, "cleanup batch", MessageCleanup.deleteBeforeQuery(dsl, null, cutoff, 1_000));
    cleanup(store, cutoff);
  }

  /** A message replying to a random stored one, as the bot sees when someone replies. */
  private static ChatMessage replyTo(SplittableRandom random, int chats, long maxId) {
    ChatMessage incoming =
        MessageStoreBenchmark.message(random, random.nextInt(chats), maxId + 10_000, chats);
    return incoming.withReplyTo(1 + random.nextLong(maxId));
  }

  private static void cleanup(JooqMessageStore store, Instant cutoff) {
    long started = System.nanoTime();
    long deleted = 0;
    int batches = 0;
    for (int removed; (removed = store.deleteBefore(null, cutoff, 1_000)) > 0; ) {
      deleted += removed;
      batches++;
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf(
        "Cleanup: %,d messages older than %s in %d batches of 1,000 in %.1f s = %,.0f rows/s%n",
        deleted, cutoff, batches, seconds, deleted / seconds);
  }

  private static String size(DSLContext dsl) {
    return dsl.fetchValue("select pg_size_pretty(pg_total_relation_size('message'))").toString();
  }
}
