package dev.gryag.adapter.persistence;

import static dev.gryag.adapter.persistence.MessageStoreBenchmark.chatId;
import static dev.gryag.adapter.persistence.MessageStoreBenchmark.explain;
import static dev.gryag.adapter.persistence.MessageStoreBenchmark.latencies;
import static dev.gryag.adapter.persistence.jooq.Tables.MESSAGE;

import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.MessageRef;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.jooq.DSLContext;

/** The measuring half of {@link MessageStoreBenchmark}: appends, hot queries, cleanup. */
final class BenchmarkMeasurements {

  private BenchmarkMeasurements() {}

  static void run(DSLContext dsl, int chats) {
    dsl.execute("vacuum analyze message");
    long rows = dsl.fetchCount(MESSAGE);
    long maxId =
        dsl.select(org.jooq.impl.DSL.max(MESSAGE.MESSAGE_ID)).from(MESSAGE).fetchOne(0, Long.class);
    System.out.printf("Table: %,d messages in %,d chats, %s on disk%n", rows, chats, size(dsl));
    SplittableRandom random = new SplittableRandom(7);

    int chat0 = random.nextInt(chats);
    System.out.println(
        "Single append (INSERT ... ON CONFLICT DO NOTHING, one commit each): "
            + latencies(
                2_000,
                i -> {
                  ChatMessage message =
                      MessageStoreBenchmark.message(random, chat0, maxId + 1 + i, chats);
                  return MessageBatchInsert.insert(dsl, List.of(message));
                }));
    System.out.println(
        "Recent window (50 messages): "
            + latencies(
                5_000, i -> MessageQueries.recentWindow(dsl, chatId(random.nextInt(chats)), 50)));
    System.out.println(
        "Reply chain (up to 20 ancestors): "
            + latencies(
                5_000,
                i ->
                    MessageQueries.replyChain(
                        dsl,
                        new MessageRef(chatId(random.nextInt(chats)), 1 + random.nextLong(maxId)),
                        20)));
    System.out.println(
        "Search, frequent word 'привіт' (20 latest): "
            + latencies(
                1_000,
                i -> MessageQueries.search(dsl, chatId(random.nextInt(chats)), "привіт", 20)));
    System.out.println(
        "Search, rare word 'рідкісне' (20 latest): "
            + latencies(
                1_000,
                i -> MessageQueries.search(dsl, chatId(random.nextInt(chats)), "рідкісне", 20)));

    int chat = random.nextInt(chats);
    explain(dsl, "recent window", MessageQueries.recentWindowQuery(dsl, chatId(chat), 50));
    explain(
        dsl,
        "reply chain",
        MessageQueries.replyChainQuery(dsl, new MessageRef(chatId(chat), maxId / 2), 20));
    explain(
        dsl, "search, frequent word", MessageQueries.searchQuery(dsl, chatId(chat), "привіт", 20));
    explain(
        dsl, "search, rare word", MessageQueries.searchQuery(dsl, chatId(chat), "рідкісне", 20));
    Instant cutoff =
        dsl.select(
                org.jooq.impl.DSL.field(
                    "percentile_disc(0.01) within group (order by sent_at)",
                    org.jooq.impl.SQLDataType.INSTANT))
            .from(MESSAGE)
            .fetchOne(0, Instant.class);
    explain(dsl, "cleanup batch", MessageQueries.deleteOlderThanQuery(dsl, cutoff, 1_000));
    cleanup(dsl, cutoff);
  }

  private static void cleanup(DSLContext dsl, Instant cutoff) {
    long started = System.nanoTime();
    long deleted = 0;
    int batches = 0;
    for (int removed; (removed = MessageQueries.deleteOlderThan(dsl, cutoff, 1_000)) > 0; ) {
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
