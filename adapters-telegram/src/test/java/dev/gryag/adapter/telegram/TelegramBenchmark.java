package dev.gryag.adapter.telegram;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import dev.gryag.core.conversation.InMemoryCursorStore;
import dev.gryag.core.conversation.OutgoingMessage;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.testing.NoDelayServerSockets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.LoggerFactory;

/**
 * Prints figures for the Telegram adapter against MockWebServer on loopback: the sustained send
 * rate under the throttle, the idle CPU of long polling, and the time from an update arriving to
 * the handler being called. Not a test: run its {@code main} (see docs/telegram.md).
 */
public final class TelegramBenchmark {

  private TelegramBenchmark() {}

  public static void main(String[] args) throws Exception {
    ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
    System.out.printf(
        "Java %s, %d CPUs%n", Runtime.version(), Runtime.getRuntime().availableProcessors());
    idleCpu();
    sendRates();
    pollingLatency();
    webhookLatency();
  }

  // --- send rate -------------------------------------------------------------------------------

  private static void sendRates() throws Exception {
    System.out.println(
        "\n== Sustained send rate under the throttle (Telegram: 1/s per chat,"
            + " 20/min per group, 30/s overall)");
    List<long[]> arrivals = Collections.synchronizedList(new ArrayList<>());
    try (MockWebServer server = sendServer(arrivals);
        TelegramClient client = TelegramClient.create(config(server.url("/").uri()))) {
      TelegramMessageSender sender = new TelegramMessageSender(client);
      rate("one private chat, 10 messages", sender, arrivals, List.of(ChatId.of(111)), 10);
      rate("one group, 22 messages", sender, arrivals, List.of(ChatId.of(-100500)), 22);
      List<ChatId> groups = new ArrayList<>();
      for (int i = 1; i <= 100; i++) {
        groups.add(ChatId.of(-100_000 - i));
      }
      rate("100 groups x 3 messages, concurrently", sender, arrivals, groups, 3);
    }
  }

  private static void rate(
      String label,
      TelegramMessageSender sender,
      List<long[]> arrivals,
      List<ChatId> chats,
      int perChat)
      throws Exception {
    arrivals.clear();
    long start = System.nanoTime();
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<?>> sends = new ArrayList<>();
      for (ChatId chat : chats) {
        sends.add(
            pool.submit(() -> {
              for (int i = 0; i < perChat; i++) {
                sender.send(new OutgoingMessage(chat, null, "повідомлення " + i, null));
              }
              return null;
            }));
      }
      for (Future<?> send : sends) {
        send.get();
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    int total = chats.size() * perChat;
    // Arrival times at the mock server: loopback and scheduling jitter of a few ms included.
    long[] at = arrivals.stream().mapToLong(a -> a[1]).sorted().toArray();
    double span = (at[at.length - 1] - at[0]) / 1e9;
    System.out.printf(
        "%-38s %3d msgs in %6.2f s: sustained %5.2f msg/s; least gap in one chat %4d ms;"
            + " busiest 1 s: %2d; busiest minute of one chat: %2d%n",
        label,
        total,
        seconds,
        (at.length - 1) / span,
        leastGapInOneChat(arrivals) / 1_000_000,
        busiest(at, 1),
        busiestInOneChat(arrivals, 60));
  }

  private static long leastGapInOneChat(List<long[]> arrivals) {
    long least = Long.MAX_VALUE;
    for (long[] times : perChat(arrivals)) {
      for (int i = 1; i < times.length; i++) {
        least = Math.min(least, times[i] - times[i - 1]);
      }
    }
    return least == Long.MAX_VALUE ? 0 : least;
  }

  private static int busiestInOneChat(List<long[]> arrivals, int seconds) {
    return perChat(arrivals).stream().mapToInt(t -> busiest(t, seconds)).max().orElse(0);
  }

  private static List<long[]> perChat(List<long[]> arrivals) {
    Map<Long, List<Long>> byChat = new TreeMap<>();
    synchronized (arrivals) {
      for (long[] a : arrivals) {
        byChat.computeIfAbsent(a[0], c -> new ArrayList<>()).add(a[1]);
      }
    }
    return byChat.values().stream()
        .map(l -> l.stream().mapToLong(Long::longValue).sorted().toArray())
        .toList();
  }

  private static int busiest(long[] sortedNanos, int seconds) {
    int best = 0;
    int from = 0;
    long window = TimeUnit.SECONDS.toNanos(seconds);
    for (int to = 0; to < sortedNanos.length; to++) {
      while (sortedNanos[to] - sortedNanos[from] >= window) {
        from++;
      }
      best = Math.max(best, to - from + 1);
    }
    return best;
  }

  private static MockWebServer sendServer(List<long[]> arrivals) throws Exception {
    MockWebServer server = noDelayServer();
    AtomicLong ids = new AtomicLong();
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            long now = System.nanoTime();
            long chat;
            try {
              chat =
                  TelegramClient.JSON.readTree(request.getBody().utf8()).path("chat_id").asLong();
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
            arrivals.add(new long[] {chat, now});
            return FakeBotApi.sent(chat, ids.incrementAndGet());
          }
        });
    server.start();
    return server;
  }

  /** A fake Bot API that, like Telegram's servers, sets TCP_NODELAY on its connections. */
  private static MockWebServer noDelayServer() {
    MockWebServer server = new MockWebServer();
    server.setServerSocketFactory(new NoDelayServerSockets());
    return server;
  }

  // --- idle CPU --------------------------------------------------------------------------------

  private static void idleCpu() throws Exception {
    System.out.println(
        "\n== Idle CPU of the polling loop (process CPU time, MockWebServer in the"
            + " same process)");
    Thread.sleep(5_000);
    double baseline = cpuPercent(Duration.ofSeconds(20));
    System.out.printf(
        "%-42s %6.3f %% of one core over 20 s%n", "nothing running (baseline)", baseline);
    for (Duration poll : List.of(Duration.ofSeconds(50), Duration.ofSeconds(1))) {
      try (FakeBotApi api = new FakeBotApi();
          TelegramClient client =
              TelegramClient.create(
                  TelegramConfig.of(FakeBotApi.TOKEN)
                      .withApiUrl(api.url())
                      .withPollTimeout(poll))) {
        api.holdPollsFor(poll);
        LongPollingReceiver receiver =
            new LongPollingReceiver(client, new InMemoryCursorStore(), event -> {});
        Thread thread = Thread.ofVirtual().start(receiver::run);
        api.take("getUpdates");
        double busy = cpuPercent(Duration.ofSeconds(20));
        int polls = api.calls("getUpdates").size();
        receiver.close();
        thread.join();
        System.out.printf(
            "%-42s %6.3f %% of one core over 20 s (%d getUpdates calls)%n",
            "polling, timeout " + poll.toSeconds() + " s, no updates", busy, polls);
      }
    }
  }

  private static double cpuPercent(Duration over) throws InterruptedException {
    var os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpu = os.getProcessCpuTime();
    long wall = System.nanoTime();
    Thread.sleep(over);
    return 100.0 * (os.getProcessCpuTime() - cpu) / (System.nanoTime() - wall);
  }

  // --- latency ---------------------------------------------------------------------------------

  private static void pollingLatency() throws Exception {
    System.out.println("\n== Time from an update arriving to the handler being called");
    BlockingQueue<String> pending = new LinkedBlockingQueue<>();
    AtomicLong arrived = new AtomicLong();
    SynchronousQueue<Long> called = new SynchronousQueue<>();
    try (MockWebServer server = pollServer(pending, arrived);
        TelegramClient client = TelegramClient.create(config(server.url("/").uri()))) {
      LongPollingReceiver receiver =
          new LongPollingReceiver(
              client, new InMemoryCursorStore(), event -> put(called, System.nanoTime()));
      Thread thread = Thread.ofVirtual().start(receiver::run);
      long[] latencies = new long[1_200];
      for (int i = 0; i < latencies.length; i++) {
        pending.put(Updates.text(1_000 + i, 1 + i, "update " + i));
        latencies[i] = called.take() - arrived.get();
      }
      receiver.close();
      pending.put(""); // frees the dispatcher still holding the last poll
      thread.join();
      report("long polling (answer sent -> handler)", Arrays.copyOfRange(latencies, 200, 1_200));
    }
  }

  private static MockWebServer pollServer(BlockingQueue<String> pending, AtomicLong arrived)
      throws Exception {
    MockWebServer server = noDelayServer();
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
            String path = request.getUrl().encodedPath();
            if (!path.endsWith("/getUpdates")) {
              return path.endsWith("/getMe") ? FakeBotApi.ok(FakeBotApi.ME) : FakeBotApi.ok("true");
            }
            String update = pending.poll(50, TimeUnit.SECONDS);
            arrived.set(System.nanoTime());
            return FakeBotApi.ok(update == null || update.isEmpty() ? "[]" : "[" + update + "]");
          }
        });
    server.start();
    return server;
  }

  private static void webhookLatency() throws Exception {
    SynchronousQueue<Long> called = new SynchronousQueue<>();
    OkHttpClient telegram = new OkHttpClient();
    try (FakeBotApi api = new FakeBotApi();
        TelegramClient client = api.client()) {
      WebhookConfig config =
          new WebhookConfig(URI.create("https://bot.example.com/hook"), "bench", "127.0.0.1", 0, 0);
      try (WebhookReceiver receiver =
          WebhookReceiver.start(
              client, config, new InMemoryCursorStore(), event -> put(called, System.nanoTime()))) {
        String url = "http://127.0.0.1:" + receiver.address().getPort() + "/hook";
        long[] latencies = new long[1_200];
        for (int i = 0; i < latencies.length; i++) {
          Request post =
              new Request.Builder()
                  .url(url)
                  .header(WebhookReceiver.SECRET_HEADER, "bench")
                  .post(
                      RequestBody.create(
                          Updates.text(5_000 + i, 1 + i, "update " + i),
                          MediaType.get("application/json")))
                  .build();
          long sent = System.nanoTime();
          try (Response response = telegram.newCall(post).execute()) {
            if (response.code() != 200) {
              throw new IllegalStateException("webhook answered " + response.code());
            }
          }
          latencies[i] = called.take() - sent;
        }
        report("webhook (POST sent -> handler)", Arrays.copyOfRange(latencies, 200, 1_200));
      }
    }
  }

  private static void put(SynchronousQueue<Long> queue, long value) {
    try {
      queue.put(value);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void report(String label, long[] nanos) {
    Arrays.sort(nanos);
    System.out.printf(
        "%-42s n=%d p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
        label,
        nanos.length,
        nanos[nanos.length / 2] / 1e6,
        nanos[(int) (nanos.length * 0.99)] / 1e6,
        nanos[nanos.length - 1] / 1e6);
  }

  private static TelegramConfig config(URI apiUrl) {
    return TelegramConfig.of(FakeBotApi.TOKEN).withApiUrl(apiUrl);
  }
}
