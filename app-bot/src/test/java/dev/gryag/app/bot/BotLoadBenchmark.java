package dev.gryag.app.bot;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gryag.app.bot.FakeTelegram.Member;
import dev.gryag.app.bot.config.Configuration;
import dev.gryag.app.bot.config.Settings;
import dev.gryag.app.bot.ops.BotMetrics;
import dev.gryag.core.context.MessageStore;
import dev.gryag.core.model.ChatId;
import io.prometheus.metrics.model.snapshots.HistogramSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A load run, not a test: the real bot (embedded PostgreSQL, Telegram and LLM adapters) against the
 * fake Bot API and a fake model answering in 1 s, on loopback. 500 chats × 20 messages, one in
 * twenty addressed to the bot. Prints messages/s, the bot's own overhead per message, heap, and
 * whether anything was lost or duplicated.
 *
 * <p>Two shapes of load: a burst (every message posted at once; the default, rate 0) measures how
 * many messages per second the bot can store and decide; a paced run ({@code rate} messages per
 * second, spread evenly across the chats) measures the overhead a message sees when the bot is not
 * saturated. Under a burst the overhead includes waiting for CPU and pooled connections behind
 * thousands of other messages, so its tail says more about the queue than about the bot.
 *
 * <p>Run: {@code ./build -- -B -ntp -o -q test-compile -pl app-bot -am} then {@code java -cp
 * app-bot/target/test-classes:app-bot/target/classes:$(cat cp.txt)
 * dev.gryag.app.bot.BotLoadBenchmark [chats] [messagesPerChat] [rate]} with the test class path
 * from {@code dependency:build-classpath}.
 */
public final class BotLoadBenchmark {

  public static void main(String[] args) throws Exception {
    int chats = args.length > 0 ? Integer.parseInt(args[0]) : 500;
    int perChat = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    double rate = args.length > 2 ? Double.parseDouble(args[2]) : 0;
    Path home = Files.createTempDirectory("gryag-load");
    try (FakeTelegram telegram = new FakeTelegram();
        FakeModels models = new FakeModels()) {
      models.geminiDelayMillis = 1000;
      Map<String, String> env = new HashMap<>();
      env.put("TELEGRAM_BOT_TOKEN", FakeTelegram.TOKEN);
      env.put("GRYAG_TELEGRAM_API_URL", telegram.url().toString());
      env.put("GEMINI_API_KEY", "AIzaSyFakeKeyForTheLoadRun00000000000000");
      env.put("GRYAG_LLM_GEMINI_BASE_URL", models.geminiUrl().toString());
      env.put("GRYAG_LLM_MAX_CONCURRENT_CALLS", "64");
      env.put("GRYAG_HOME", home.toString());
      env.put("GRYAG_OPS_PORT", "0");
      env.put("GRYAG_RANDOM_REPLY_CHANCE", "0");
      env.put("GRYAG_SMART_REPLY_CHANCE", "0");
      env.put("GRYAG_USER_REPLIES_PER_HOUR", "100000");
      env.put("GRYAG_CHAT_REPLIES_PER_HOUR", "100000");
      env.put("GRYAG_GLOBAL_REPLIES_PER_HOUR", "10000000");
      BotApplication bot = BotApplication.start(Configuration.load(Settings.all(), env));
      try {
        run(bot, telegram, chats, perChat, rate);
      } finally {
        bot.close();
      }
    }
  }

  private static void run(
      BotApplication bot, FakeTelegram telegram, int chats, int perChat, double rate)
      throws InterruptedException {
    List<Member> members =
        List.of(
            new Member(1, "Аліса", "alice"),
            new Member(2, "Bob", "bob"),
            new Member(3, "Іра", "ira"));
    long started = System.nanoTime();
    int addressed = 0;
    for (int m = 0; m < perChat; m++) {
      for (int c = 0; c < chats; c++) {
        boolean mention = (m * chats + c) % 20 == 0;
        addressed += mention ? 1 : 0;
        String text =
            mention
                ? "@gryag_bot що думаєш про " + m + "?"
                : "повідомлення номер " + m + " про каву і погоду";
        telegram.post(-1_000_000_000_000L - c, "Чат " + c, members.get((m + c) % 3), text, null);
        pace(started, m * chats + c + 1, rate);
      }
    }
    MessageStore store = bot.component(MessageStore.class);
    int total = chats * perChat;
    long stored = 0;
    while (stored < total + 0L) {
      Thread.sleep(200);
      stored = 0;
      for (int c = 0; c < chats; c++) {
        stored += store.count(ChatId.of(-1_000_000_000_000L - c));
      }
      stored -= telegram.sent().size(); // the bot's own replies are stored too
    }
    double storedSeconds = (System.nanoTime() - started) / 1e9;
    List<JsonNode> sent = telegram.awaitSentFor(addressed, 600);
    double allSeconds = (System.nanoTime() - started) / 1e9;
    Set<Long> repliedTo = new HashSet<>();
    int duplicates = 0;
    for (JsonNode m : sent) {
      String key = m.path("chat").path("id").asLong() + "/" + m.path("reply_to").asLong();
      duplicates += repliedTo.add((long) key.hashCode()) ? 0 : 1;
    }
    BotMetrics metrics = bot.component(BotMetrics.class);
    System.out.printf(
        Locale.ROOT,
        "JVM %s, %d cores; %d chats x %d messages = %d, %d addressed (model answers in 1 s);"
            + " %s%n",
        Runtime.version(),
        Runtime.getRuntime().availableProcessors(),
        chats,
        perChat,
        total,
        addressed,
        rate > 0 ? "paced at " + rate + " msgs/s" : "all posted at once");
    System.out.printf(
        Locale.ROOT,
        "stored and decided: %d messages in %.1f s = %.0f msgs/s; all %d replies sent after %.1f s%n",
        total,
        storedSeconds,
        total / storedSeconds,
        sent.size(),
        allSeconds);
    overhead(metrics).forEach(System.out::println);
    System.out.printf(
        Locale.ROOT,
        "lost: %d, duplicated replies: %d; heap peak %.0f MB, heap used after GC %.0f MB%n",
        total - stored,
        duplicates,
        heapPeakMb(),
        heapAfterGcMb());
  }

  /** Waits until message {@code posted} is due at {@code rate} per second; 0 means no pacing. */
  private static void pace(long started, int posted, double rate) throws InterruptedException {
    if (rate <= 0) {
      return;
    }
    long dueNanos = started + (long) (posted / rate * 1e9);
    long waitNanos = dueNanos - System.nanoTime();
    if (waitNanos > 0) {
      Thread.sleep(waitNanos / 1_000_000, (int) (waitNanos % 1_000_000));
    }
  }

  private static List<String> overhead(BotMetrics metrics) {
    for (MetricSnapshot snapshot : metrics.registry().scrape()) {
      if (snapshot instanceof HistogramSnapshot h
          && h.getMetadata().getName().equals("gryag_message_overhead_seconds")) {
        List<String> lines = new ArrayList<>();
        lines.add(describe("all", h.getDataPoints()));
        for (var data : h.getDataPoints()) {
          lines.add(describe(data.getLabels().get("outcome"), List.of(data)));
        }
        return lines;
      }
    }
    return List.of("no overhead histogram");
  }

  /** The count, mean and percentiles of the messages in {@code points}, one line. */
  private static String describe(
      String outcome, List<HistogramSnapshot.HistogramDataPointSnapshot> points) {
    long count = points.stream().mapToLong(p -> p.getCount()).sum();
    double sum = points.stream().mapToDouble(p -> p.getSum()).sum();
    TreeMap<Double, Long> buckets = new TreeMap<>();
    for (var data : points) {
      double base = Math.pow(2, Math.pow(2, -data.getNativeSchema()));
      buckets.merge(0.0, data.getNativeZeroCount(), Long::sum);
      for (var bucket : data.getNativeBucketsForPositiveValues()) {
        buckets.merge(Math.pow(base, bucket.getBucketIndex()), bucket.getCount(), Long::sum);
      }
    }
    StringBuilder line =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "bot-side overhead per message (model time excluded), %s: %d messages, mean %.2f ms",
                outcome,
                count,
                sum / count * 1000));
    for (double q : new double[] {0.5, 0.9, 0.99, 0.999}) {
      line.append(
          String.format(
              Locale.ROOT, ", p%s <= %.2f ms", percentileName(q), quantile(buckets, q, count)));
    }
    return line.toString();
  }

  private static String percentileName(double p) {
    String name = String.format(Locale.ROOT, "%.1f", p * 100);
    return name.endsWith(".0") ? name.substring(0, name.length() - 2) : name;
  }

  /**
   * The upper bound, in milliseconds, of the native (exponential) bucket holding quantile {@code
   * q}: within about 2% of the true value at the default schema, where the classic buckets are up
   * to a factor 2.5 apart. Buckets of different schemas nest, so merged bounds stay exact bounds.
   */
  private static double quantile(TreeMap<Double, Long> buckets, double q, long count) {
    long target = (long) Math.ceil(q * count);
    long cumulative = 0;
    for (var bucket : buckets.entrySet()) {
      cumulative += bucket.getValue();
      if (cumulative >= target) {
        return bucket.getKey() * 1000;
      }
    }
    return Double.NaN;
  }

  private static double heapPeakMb() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak / 1e6;
  }

  private static double heapAfterGcMb() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1e6;
  }
}
