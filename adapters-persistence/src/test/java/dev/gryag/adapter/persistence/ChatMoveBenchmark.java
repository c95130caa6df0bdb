package dev.gryag.adapter.persistence;

import static dev.gryag.adapter.persistence.MessageStoreBenchmark.chatId;
import static dev.gryag.adapter.persistence.MessageStoreBenchmark.message;
import static dev.gryag.adapter.persistence.jooq.Tables.MESSAGE;

import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.ChatMigration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.jooq.DSLContext;

/**
 * Measures moving a large group to its supergroup on the embedded PostgreSQL and prints figures
 * (never asserted): the plan of the one statement, the time and CPU it takes, and a repeated move.
 *
 * <p>Arguments (optional): {@code --messages N} in the migrating group (default 100,000), {@code
 * --others N} messages in 100 other chats around it (default 200,000).
 */
public final class ChatMoveBenchmark {

  private static final int OTHER_CHATS = 100;

  public static void main(String[] args) throws Exception {
    BenchmarkOptions options = new BenchmarkOptions(args);
    int messages = options.integer("messages", 100000);
    int others = options.integer("others", 200000);
    Path home = Files.createTempDirectory("gryag-move-bench");
    DatabaseConfig config =
        DatabaseConfig.fromEnvironment(Map.of(DatabaseConfig.HOME, home.toString()));
    try (PostgresDatabase database = PostgresDatabase.start(config)) {
      DSLContext dsl = database.dsl();
      JooqMessageStore store = new JooqMessageStore(database);
      ChatMigration migration = new ChatMigration(chatId(0), ChatId.of(-1_002_000_000_001L));
      fill(store, 0, messages, 1);
      for (int chat = 1; chat <= OTHER_CHATS; chat++) {
        fill(store, chat, others / OTHER_CHATS, OTHER_CHATS + 1);
      }
      dsl.execute("analyze message");
      System.out.printf(
          "%,d messages in the group, %,d in %d other chats; %d cores, load average %.1f%n",
          store.count(migration.from()),
          dsl.fetchCount(MESSAGE) - messages,
          OTHER_CHATS,
          Runtime.getRuntime().availableProcessors(),
          CpuClock.loadAverage());
      System.out.println("EXPLAIN the move:");
      dsl.explain(JooqMessageStore.moveQuery(dsl, migration))
          .plan()
          .lines()
          .forEach(line -> System.out.println("    " + line));
      measure(store, migration, new CpuClock(home.resolve("postgres")));
    }
  }

  private static void fill(JooqMessageStore store, int chat, int count, int chats) {
    SplittableRandom random = new SplittableRandom(42 + chat);
    List<ChatMessage> batch = new ArrayList<>(MessageImport.ROWS_PER_CHUNK);
    for (long id = 1; id <= count; id++) {
      batch.add(message(random, chat, id, chats));
      if (batch.size() == MessageImport.ROWS_PER_CHUNK || id == count) {
        store.appendAll(batch);
        batch.clear();
      }
    }
  }

  private static void measure(JooqMessageStore store, ChatMigration migration, CpuClock cpu)
      throws Exception {
    double serverCpu = cpu.serverSeconds();
    double jvmCpu = CpuClock.jvmSeconds();
    long started = System.nanoTime();
    long moved = store.move(migration);
    double seconds = (System.nanoTime() - started) / 1e9;
    double serverSeconds = cpu.serverSeconds() - serverCpu;
    System.out.printf(
        "move: %,d messages in %.2f s = %,.0f rows/s; CPU PostgreSQL %.2f s, JVM %.2f s%n",
        moved, seconds, moved / seconds, serverSeconds, CpuClock.jvmSeconds() - jvmCpu);
    long again = System.nanoTime();
    long none = store.move(migration);
    System.out.printf(
        "the same move again: %d messages in %.2f ms; the supergroup holds %,d%n",
        none, (System.nanoTime() - again) / 1e6, store.count(migration.to()));
  }

  private ChatMoveBenchmark() {}
}
