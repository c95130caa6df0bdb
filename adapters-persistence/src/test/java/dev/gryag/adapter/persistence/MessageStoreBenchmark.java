package dev.gryag.adapter.persistence;

import static dev.gryag.adapter.persistence.jooq.Tables.MESSAGE;

import dev.gryag.core.model.Author;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.MediaKind;
import dev.gryag.core.model.MessageRef;
import dev.gryag.core.model.Role;
import dev.gryag.core.model.TextEntity;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.jooq.DSLContext;
import org.jooq.Query;

/**
 * Measures the message table on the embedded PostgreSQL and prints figures (never asserted): bulk
 * import rate, single append latency, hot query latencies with their plans, cleanup rate.
 *
 * <p>Arguments (all optional): {@code --home DIR} (a Gryag home to keep the data between runs;
 * default a new temporary folder), {@code --import N} (messages to import now, default 1,000,000),
 * {@code --chats N} (default 1,000), {@code --threads N} (import writers, default 2), {@code --via
 * insert} (import with multi-row INSERT statements instead of the store's COPY path), {@code
 * --measure} (also measure appends, queries and cleanup on what the table then holds).
 */
public final class MessageStoreBenchmark {

  private static final String[] WORDS = {
    "привіт",
    "як",
    "справи",
    "гряг",
    "що",
    "там",
    "добре",
    "дякую",
    "сьогодні",
    "завтра",
    "код",
    "бот",
    "чат",
    "новини",
    "робота",
    "кава",
    "погода",
    "дощ",
    "сонце",
    "місто",
    "Київ",
    "Львів",
    "мʼясо",
    "пʼять",
    "сімʼя",
    "обовʼязково",
    "так",
    "ні",
    "можливо",
    "класно",
    "жесть",
    "лол",
    "привет",
    "как",
    "дела",
    "хорошо",
    "спасибо",
    "сегодня",
    "работа",
    "погода",
    "город",
    "да",
    "hello",
    "how",
    "are",
    "you",
    "good",
    "thanks",
    "today",
    "work",
    "coffee",
    "bot",
    "the",
    "and",
    "release",
    "deploy",
    "bug",
    "fix",
    "java",
    "postgres",
    "index",
    "query",
    "telegram",
    "meme",
    "футбол",
    "матч",
    "гра",
    "фільм",
    "серіал",
    "книга",
    "музика",
    "концерт",
    "вечір",
    "ранок"
  };
  private static final Instant START = Instant.parse("2023-01-01T00:00:00Z");

  public static void main(String[] args) throws Exception {
    Map<String, String> options = options(args);
    Path home =
        options.containsKey("home")
            ? Path.of(options.get("home"))
            : Files.createTempDirectory("gryag-bench");
    int toImport = Integer.parseInt(options.getOrDefault("import", "1000000"));
    int chats = Integer.parseInt(options.getOrDefault("chats", "1000"));
    int threads = Integer.parseInt(options.getOrDefault("threads", "2"));
    DatabaseConfig config =
        DatabaseConfig.fromEnvironment(
            Map.of(DatabaseConfig.HOME, home.toString(), DatabaseConfig.DB_POOL_SIZE, "8"));
    System.out.printf(
        "Gryag home %s, %d cores, load average %.1f%n",
        home, Runtime.getRuntime().availableProcessors(), CpuClock.loadAverage());
    try (PostgresDatabase database = PostgresDatabase.start(config)) {
      DSLContext dsl = database.dsl();
      JooqMessageStore store = new JooqMessageStore(database);
      boolean viaInsert = "insert".equals(options.get("via"));
      Function<List<ChatMessage>, Integer> path =
          viaInsert ? batch -> MessageBatchInsert.insert(dsl, batch) : store::appendAll;
      CpuClock cpu = new CpuClock(home.resolve("postgres"));
      if (toImport > 0) {
        importMessages(
            dsl,
            cpu,
            path,
            viaInsert ? "multi-row INSERT" : "store.appendAll: COPY",
            toImport,
            chats,
            threads);
      }
      if (options.containsKey("measure")) {
        BenchmarkMeasurements.run(dsl, store, chats);
      }
    }
  }

  private static void importMessages(
      DSLContext dsl,
      CpuClock cpu,
      Function<List<ChatMessage>, Integer> path,
      String how,
      int count,
      int chats,
      int threads)
      throws Exception {
    long before = dsl.fetchCount(MESSAGE);
    long firstId = 1 + before / chats;
    int perChat = Math.max(1, count / chats);
    int batch = MessageImport.ROWS_PER_CHUNK;
    double serverCpu = cpu.serverSeconds();
    double jvmCpu = CpuClock.jvmSeconds();
    long started = System.nanoTime();
    List<Future<Long>> writers = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
      for (int w = 0; w < threads; w++) {
        int writer = w;
        writers.add(
            pool.submit(() -> {
              long written = 0;
              SplittableRandom random = new SplittableRandom(42 + writer + before);
              List<ChatMessage> buffer = new ArrayList<>(batch);
              for (int chat = writer; chat < chats; chat += threads) {
                for (long id = firstId; id < firstId + perChat; id++) {
                  buffer.add(message(random, chat, id, chats));
                  if (buffer.size() == batch) {
                    written += path.apply(buffer);
                    buffer.clear();
                  }
                }
              }
              written += path.apply(buffer);
              return written;
            }));
      }
      long written = 0;
      for (Future<Long> writer : writers) {
        written += writer.get();
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      System.out.printf(
          "Bulk import: %,d messages into %,d chats (table had %,d) in %.1f s = %,.0f rows/s"
              + " (%s, %d writers, %d rows a call)%n",
          written, chats, before, seconds, written / seconds, how, threads, batch);
      serverCpu = cpu.serverSeconds() - serverCpu;
      jvmCpu = CpuClock.jvmSeconds() - jvmCpu;
      System.out.printf(
          "  CPU: PostgreSQL %.1f s, JVM %.1f s (generating the messages included) = %,.0f rows per"
              + " CPU-second (about %,.0f rows/s if all %d cores were the benchmark's); load"
              + " average now %.1f%n",
          serverCpu,
          jvmCpu,
          written / (serverCpu + jvmCpu),
          written / (serverCpu + jvmCpu) * Runtime.getRuntime().availableProcessors(),
          Runtime.getRuntime().availableProcessors(),
          CpuClock.loadAverage());
    }
  }

  /** A synthetic message: Zipf-like words in uk/ru/en, replies, topics, some entities. */
  static ChatMessage message(SplittableRandom random, int chat, long id, int chats) {
    int length = 2 + random.nextInt(15);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      double skew = Math.pow(random.nextDouble(), 3);
      text.append(i == 0 ? "" : " ").append(WORDS[(int) (skew * WORDS.length)]);
    }
    if (random.nextInt(100_000) == 0) {
      text.append(" рідкісне");
    }
    long author = 1 + random.nextInt(50);
    Instant sentAt = START.plusSeconds(id * 60L + chat);
    Long replyTo =
        id > 1 && random.nextInt(10) < 3 ? Math.max(1, id - 1 - random.nextInt(50)) : null;
    Long thread = chat % 10 == 0 ? (long) (1 + random.nextInt(5)) : null;
    List<TextEntity> entities =
        random.nextInt(10) == 0 ? List.of(TextEntity.of(TextEntity.Type.MENTION, 0, 3)) : List.of();
    return new ChatMessage(
        MessageRef.of(chatId(chat).value(), id),
        thread,
        Author.person(author, "Учасник " + author, "user" + author),
        Role.USER,
        sentAt,
        null,
        text.toString(),
        random.nextInt(20) == 0 ? MediaKind.PHOTO : MediaKind.NONE,
        replyTo,
        entities,
        false);
  }

  static ChatId chatId(int chat) {
    return ChatId.of(-1_000_000_000_000L - chat);
  }

  /** Runs {@code query} as EXPLAIN (ANALYZE, BUFFERS) and prints the plan. */
  static void explain(DSLContext dsl, String title, Query query) {
    System.out.println("EXPLAIN " + title + ":");
    String sql = "explain (analyze, buffers) " + dsl.renderInlined(query);
    dsl.fetch(sql).forEach(row -> System.out.println("    " + row.get(0)));
  }

  /**
   * Latency figures of {@code runs} calls: p50, p99, max in milliseconds. A fifth as many calls
   * (numbered from {@code runs} on, so appends use fresh ids) run first, untimed, to warm up the
   * JIT compiler and the caches.
   */
  static String latencies(int runs, IntFunction<?> call) {
    for (int i = runs; i < runs + runs / 5; i++) {
      call.apply(i);
    }
    long[] nanos = new long[runs];
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpu = threads.getCurrentThreadCpuTime();
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      call.apply(i);
      nanos[i] = System.nanoTime() - start;
    }
    double cpuPerCall = (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / runs;
    Arrays.sort(nanos);
    return "p50 %.3f ms, p99 %.3f ms, max %.3f ms over %,d calls (client CPU %.3f ms a call)"
        .formatted(
            nanos[runs / 2] / 1e6,
            nanos[(int) (runs * 0.99)] / 1e6,
            nanos[runs - 1] / 1e6,
            runs,
            cpuPerCall);
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new java.util.HashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("unexpected argument " + args[i]);
      }
      String key = args[i].substring(2);
      boolean flag = i + 1 >= args.length || args[i + 1].startsWith("--");
      options.put(key, flag ? "true" : args[++i]);
    }
    return options;
  }

  private MessageStoreBenchmark() {}
}
