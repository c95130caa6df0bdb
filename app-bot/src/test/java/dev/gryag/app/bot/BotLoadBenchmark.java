package dev.gryag.app.bot;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gryag.app.bot.FakeTelegram.Member;
import dev.gryag.app.bot.config.SettingsRegistry;
import dev.gryag.app.bot.ops.BotMetrics;
import dev.gryag.core.config.Configuration;
import dev.gryag.core.context.MessageStore;
import dev.gryag.core.model.ChatId;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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
 * <p>Before the measured load, {@code warmup} messages (2,000 unless told) go through 50 other
 * chats the same way, so the figures describe the JIT-compiled bot rather than its first seconds;
 * the overhead histograms are read before and after the measured load and subtracted.
 *
 * <p>Run: {@code ./build -- -B -ntp -o -q test-compile -pl app-bot -am} then {@code java -cp
 * app-bot/target/test-classes:app-bot/target/classes:$(cat cp.txt)
 * dev.gryag.app.bot.BotLoadBenchmark [chats] [messagesPerChat] [rate] [warmup]} with the test class
 * path from {@code dependency:build-classpath}. {@code GRYAG_*} variables of the environment the
 * run does not set itself reach the bot, e.g. {@code GRYAG_DB_POOL_SIZE=5}.
 */
public final class BotLoadBenchmark {

  private static final long MEASURED_CHATS = -1_000_000_000_000L;
  private static final long WARMUP_CHATS = -2_000_000_000_000L;
  private static final List<Member> MEMBERS =
      List.of(
          new Member(1, "Аліса", "alice"),
          new Member(2, "Bob", "bob"),
          new Member(3, "Іра", "ira"));

  private final BotApplication bot;
  private final FakeTelegram telegram;
  private final double rate;

  private BotLoadBenchmark(BotApplication bot, FakeTelegram telegram, double rate) {
    this.bot = bot;
    this.telegram = telegram;
    this.rate = rate;
  }

  public static void main(String[] args) throws Exception {
    int chats = args.length > 0 ? Integer.parseInt(args[0]) : 500;
    int perChat = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    double rate = args.length > 2 ? Double.parseDouble(args[2]) : 0;
    int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 2_000;
    Path home = Files.createTempDirectory("gryag-load");
    try (FakeTelegram telegram = new FakeTelegram();
        FakeModels models = new FakeModels()) {
      models.geminiDelayMillis = 1000;
      Map<String, String> env = FakeEnvironment.of(telegram, models, home);
      env.put("GRYAG_LLM_MAX_CONCURRENT_CALLS", "64");
      env.put("GRYAG_USER_REPLIES_PER_HOUR", "100000");
      env.put("GRYAG_CHAT_REPLIES_PER_HOUR", "100000");
      env.put("GRYAG_GLOBAL_REPLIES_PER_HOUR", "10000000");
      System.getenv().entrySet().stream()
          .filter(e -> e.getKey().startsWith("GRYAG_"))
          .forEach(e -> env.putIfAbsent(e.getKey(), e.getValue()));
      BotApplication bot = BotApplication.start(Configuration.load(SettingsRegistry.all(), env));
      try {
        new BotLoadBenchmark(bot, telegram, rate).run(chats, perChat, warmup);
      } finally {
        bot.close();
      }
    }
  }

  private void run(int chats, int perChat, int warmup) throws InterruptedException {
    BotMetrics metrics = bot.component(BotMetrics.class);
    if (warmup > 0) {
      Load warm = new Load(WARMUP_CHATS, 50, Math.max(1, warmup / 50));
      warm.post();
      warm.awaitHandled();
    }
    Map<String, Overhead> before = Overhead.byOutcome(metrics);
    Load load = new Load(MEASURED_CHATS, chats, perChat);
    long started = System.nanoTime();
    load.post();
    long stored = load.awaitStored();
    double storedSeconds = (System.nanoTime() - started) / 1e9;
    List<JsonNode> replies = load.awaitReplies();
    double allSeconds = (System.nanoTime() - started) / 1e9;
    Map<String, Overhead> after = Overhead.byOutcome(metrics);
    Set<String> repliedTo = new HashSet<>();
    int duplicates = 0;
    for (JsonNode m : replies) {
      duplicates += repliedTo.add(m.path("chat").path("id") + "/" + m.path("reply_to")) ? 0 : 1;
    }
    System.out.printf(
        Locale.ROOT,
        "JVM %s, %d cores; %d chats x %d messages = %d, %d addressed (model answers in 1 s);"
            + " %s, after %d warm-up messages%n",
        Runtime.version(),
        Runtime.getRuntime().availableProcessors(),
        chats,
        perChat,
        load.total(),
        load.addressed(),
        rate > 0 ? "paced at " + rate + " msgs/s" : "all posted at once",
        warmup);
    System.out.printf(
        Locale.ROOT,
        "stored and decided: %d messages in %.1f s = %.0f msgs/s; all %d replies sent after %.1f s%n",
        stored,
        storedSeconds,
        stored / storedSeconds,
        replies.size(),
        allSeconds);
    Overhead.difference(after, before)
        .forEach((outcome, o) -> System.out.println(o.describe(outcome)));
    System.out.printf(
        Locale.ROOT,
        "lost: %d, duplicated replies: %d; heap peak %.0f MB, heap used after GC %.0f MB%n",
        load.total() - stored,
        duplicates,
        heapPeakMb(),
        heapAfterGcMb());
  }

  /** One round of messages through a range of chats, one in twenty addressed to the bot. */
  private final class Load {
    private final long firstChat;
    private final int chats;
    private final int perChat;

    Load(long firstChat, int chats, int perChat) {
      this.firstChat = firstChat;
      this.chats = chats;
      this.perChat = perChat;
    }

    int total() {
      return chats * perChat;
    }

    int addressed() {
      return (total() + 19) / 20;
    }

    void post() throws InterruptedException {
      long started = System.nanoTime();
      for (int m = 0; m < perChat; m++) {
        for (int c = 0; c < chats; c++) {
          int n = m * chats + c;
          String text =
              n % 20 == 0
                  ? "@gryag_bot що думаєш про " + m + "?"
                  : "повідомлення номер " + m + " про каву і погоду";
          telegram.post(chat(c), "Чат " + c, MEMBERS.get((m + c) % 3), text, null);
          pace(started, n + 1);
        }
      }
    }

    /** Waits until every posted message is stored; returns how many are. */
    long awaitStored() throws InterruptedException {
      MessageStore store = bot.component(MessageStore.class);
      long stored = 0;
      while (stored < total()) {
        Thread.sleep(200);
        stored = 0;
        for (int c = 0; c < chats; c++) {
          stored += store.count(ChatId.of(chat(c)));
        }
        stored -= replies().size(); // the bot's own replies are stored too
      }
      return stored;
    }

    void awaitHandled() throws InterruptedException {
      awaitStored();
      awaitReplies();
    }

    /** Waits (up to 10 minutes) until every addressed message has its reply. */
    List<JsonNode> awaitReplies() throws InterruptedException {
      long deadline = System.nanoTime() + 600_000_000_000L;
      List<JsonNode> replies = replies();
      while (replies.size() < addressed() && System.nanoTime() < deadline) {
        Thread.sleep(100);
        replies = replies();
      }
      return replies;
    }

    private List<JsonNode> replies() {
      return telegram.sent().stream()
          .filter(m -> mine(m.path("chat").path("id").asLong()))
          .toList();
    }

    private boolean mine(long chat) {
      return chat <= firstChat && chat > firstChat - chats;
    }

    private long chat(int index) {
      return firstChat - index;
    }
  }

  /** Waits until message {@code posted} is due at {@code rate} per second; 0 means no pacing. */
  private void pace(long started, int posted) throws InterruptedException {
    if (rate <= 0) {
      return;
    }
    long dueNanos = started + (long) (posted / rate * 1e9);
    long waitNanos = dueNanos - System.nanoTime();
    if (waitNanos > 0) {
      Thread.sleep(waitNanos / 1_000_000, (int) (waitNanos % 1_000_000));
    }
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
