package dev.gryag.app.cli.bench;

import dev.gryag.app.cli.support.ExitCodes;
import dev.gryag.core.analyzer.Analysis;
import dev.gryag.core.analyzer.Emotion;
import dev.gryag.core.analyzer.LanguageGuess;
import dev.gryag.core.analyzer.LocalAnalyzer;
import dev.gryag.core.analyzer.Sentiment;
import dev.gryag.core.analyzer.TextAnalyzer;
import dev.gryag.core.analyzer.TextFeatures;
import dev.gryag.core.context.AssembledContext;
import dev.gryag.core.context.ContextAssembler;
import dev.gryag.core.context.ContextBudget;
import dev.gryag.core.context.ContextRequest;
import dev.gryag.core.context.InMemoryMessageStore;
import dev.gryag.core.context.MessageStore;
import dev.gryag.core.context.SummarySource;
import dev.gryag.core.context.TokenEstimator;
import dev.gryag.core.conversation.BotIdentity;
import dev.gryag.core.conversation.ConversationConfig;
import dev.gryag.core.conversation.ConversationService;
import dev.gryag.core.conversation.IncomingMessage;
import dev.gryag.core.conversation.Outcome;
import dev.gryag.core.conversation.SentMessage;
import dev.gryag.core.llm.Completion;
import dev.gryag.core.model.Author;
import dev.gryag.core.model.Chat;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.MessageRef;
import dev.gryag.core.model.UserId;
import dev.gryag.core.settings.ReplyPolicy;
import java.io.PrintWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Measures the conversation core on in-memory stores: {@code onMessage} throughput for messages
 * that need no model call, and the time to assemble a prompt in a chat holding a large history.
 * Prints figures; asserts nothing.
 */
@Command(
    name = "conversation",
    mixinStandardHelpOptions = true,
    description = {
      "Benchmarks the conversation core on in-memory stores, on one thread:",
      "onMessage throughput on the path without a model call (targets: >= 50,000 msgs/s),",
      "and prompt assembly latency in a chat holding --history messages (p99 <= 1 ms)."
    })
public final class ConversationBench implements Callable<Integer> {

  private static final BotIdentity BOT = new BotIdentity(UserId.of(999), "gryag_bot", "Гряг");
  private static final Instant START = Instant.parse("2025-03-01T12:00:00Z");
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private static final String FIXED = "fixed";

  @Option(
      names = "--messages",
      defaultValue = "1000000",
      description = "Messages to time (default ${DEFAULT-VALUE}).")
  int messages;

  @Option(
      names = "--chats",
      defaultValue = "100",
      description = "Chats they are spread over (default ${DEFAULT-VALUE}).")
  int chats;

  @Option(
      names = "--history",
      defaultValue = "100000",
      description = "Messages in the chat prompts are built for (default ${DEFAULT-VALUE}).")
  int history;

  @Option(
      names = "--samples",
      defaultValue = "20000",
      description = "Prompts to time (default ${DEFAULT-VALUE}).")
  int samples;

  @Option(
      names = "--analyzer",
      defaultValue = "local",
      description =
          "local: the real LocalAnalyzer with its cache; fixed: one canned analysis, to time the"
              + " conversation alone (default ${DEFAULT-VALUE}).")
  String analyzer;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(new CommandLine(new ConversationBench()).execute(args));
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        Locale.ROOT,
        "JVM %s, %d cores; analyzer: %s%n",
        Runtime.version(),
        Runtime.getRuntime().availableProcessors(),
        analyzer().equals(FIXED)
            ? "a fixed analysis (the cost of local analysis is not included)"
            : "LocalAnalyzer with its default cache");
    throughput(out);
    assembly(out);
    out.flush();
    return ExitCodes.OK.code();
  }

  private void throughput(PrintWriter out) {
    runMessages(Math.max(1, messages / 5));
    long cpuStarted = THREADS.getCurrentThreadCpuTime();
    long started = System.nanoTime();
    long answered = runMessages(messages);
    double seconds = (System.nanoTime() - started) / 1e9;
    double cpuSeconds = (THREADS.getCurrentThreadCpuTime() - cpuStarted) / 1e9;
    out.printf(
        Locale.ROOT,
        "onMessage, no model call: %,d messages in %d chats in %.2f s = %,.0f msgs/s"
            + " (%,.0f per CPU-second of the thread; %d answered)%n",
        messages,
        chats,
        seconds,
        messages / seconds,
        messages / cpuSeconds,
        answered);
  }

  /**
   * Handles {@code count} unaddressed group messages on a fresh service; returns how many got an
   * answer.
   */
  private long runMessages(int count) {
    ConversationService service =
        quietService(Clock.fixed(START.plusSeconds(count), ZoneOffset.UTC));
    List<Chat> groups = new ArrayList<>();
    for (int c = 0; c < chats; c++) {
      groups.add(Chat.group(-1_000_000L - c, "Чат " + c));
    }
    List<Author> members = members(50);
    long answered = 0;
    for (int i = 0; i < count; i++) {
      Chat chat = groups.get(i % chats);
      ChatMessage message =
          ChatMessage.text(
              new MessageRef(chat.id(), 1 + i / chats),
              members.get(i % members.size()),
              START.plusSeconds(i),
              Lines.get(i));
      Outcome outcome = service.onMessage(IncomingMessage.of(chat, message));
      answered += outcome instanceof Outcome.Replied ? 1 : 0;
    }
    return answered;
  }

  /**
   * A service on fresh in-memory stores that never speaks unasked and never finds a message stale,
   * so that every message goes through the whole decision.
   */
  private ConversationService quietService(Clock clock) {
    return ConversationService.builder(
            BOT, new InMemoryMessageStore(), request -> answer(), message -> sent(message.text()))
        .analyzer(analyzer().equals(FIXED) ? fixedAnalyzer() : LocalAnalyzer.withDefaults())
        .config(
            ConversationConfig.DEFAULTS.withPolicy(
                ReplyPolicy.DEFAULTS.withChances(0, 0, 1).withStaleAfter(Duration.ZERO)))
        .clock(clock)
        .build();
  }

  private void assembly(PrintWriter out) {
    MessageStore store = new InMemoryMessageStore(history + samples * 2L + 10);
    Chat chat = Chat.group(-42, "Велика кухня");
    List<Author> members = members(200);
    SplittableRandom random = new SplittableRandom(42);
    List<ChatMessage> batch = new ArrayList<>(10_000);
    for (int i = 1; i <= history; i++) {
      batch.add(historic(chat, i, members, random));
      if (batch.size() == 10_000) {
        store.appendAll(batch);
        batch.clear();
      }
    }
    store.appendAll(batch);
    ContextAssembler assembler =
        new ContextAssembler(
            store,
            (c, member, maxChars) -> "любить каву, пише вечорами, цікавиться футболом",
            SummarySource.NONE,
            TokenEstimator.standard(),
            ContextBudget.DEFAULTS);
    Prompts prompts = new Prompts(store, assembler, chat, members, random, history + 1);
    prompts.time(samples / 4);
    long gcBefore = gcMillis();
    Timings timings = prompts.time(samples);
    report(out, timings, gcMillis() - gcBefore);
  }

  private void report(PrintWriter out, Timings timings, long gcDuring) {
    out.printf(
        Locale.ROOT,
        "context assembly, chat of %,d messages, budget %,d tokens, %,d prompts of %,d tokens on"
            + " average:%n",
        history,
        ContextBudget.DEFAULTS.maxTokens(),
        samples,
        timings.tokens() / samples);
    out.printf(Locale.ROOT, "  wall clock:      %s%n", percentiles(timings.wall()));
    out.printf(Locale.ROOT, "  thread CPU time: %s%n", percentiles(timings.cpu()));
    out.printf(
        Locale.ROOT,
        "  (garbage collection took %d ms during the timed prompts; system load average %.1f on %d"
            + " cores: other processes' load shows in the wall-clock tail)%n",
        gcDuring,
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        Runtime.getRuntime().availableProcessors());
  }

  private static String percentiles(long[] nanos) {
    Arrays.sort(nanos);
    return String.format(
        Locale.ROOT,
        "p50 %.3f ms, p90 %.3f ms, p99 %.3f ms, max %.3f ms",
        percentile(nanos, 0.50),
        percentile(nanos, 0.90),
        percentile(nanos, 0.99),
        nanos[nanos.length - 1] / 1e6);
  }

  /** Times prompts for new messages arriving in one big chat. */
  private static final class Prompts {
    private final MessageStore store;
    private final ContextAssembler assembler;
    private final Chat chat;
    private final List<Author> members;
    private final SplittableRandom random;
    private long nextId;

    Prompts(
        MessageStore store,
        ContextAssembler assembler,
        Chat chat,
        List<Author> members,
        SplittableRandom random,
        long firstId) {
      this.store = store;
      this.assembler = assembler;
      this.chat = chat;
      this.members = members;
      this.random = random;
      this.nextId = firstId;
    }

    Timings time(int count) {
      long[] wall = new long[count];
      long[] cpu = new long[count];
      long tokens = 0;
      for (int i = 0; i < count; i++) {
        ChatMessage trigger = historic(chat, nextId++, members, random);
        store.append(trigger);
        ContextRequest request =
            new ContextRequest(chat, trigger, ConversationConfig.DEFAULT_PERSONA, null);
        long cpuStarted = THREADS.getCurrentThreadCpuTime();
        long started = System.nanoTime();
        AssembledContext context = assembler.assemble(request);
        wall[i] = System.nanoTime() - started;
        cpu[i] = THREADS.getCurrentThreadCpuTime() - cpuStarted;
        tokens += context.tokens();
      }
      return new Timings(wall, cpu, tokens);
    }
  }

  /** Per-prompt wall-clock and CPU nanoseconds, and the tokens of all prompts. */
  private record Timings(long[] wall, long[] cpu, long tokens) {}

  private static long gcMillis() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .mapToLong(GarbageCollectorMXBean::getCollectionTime)
        .filter(ms -> ms > 0)
        .sum();
  }

  /** Message {@code id} of a busy chat; one in five replies to one of the 50 before it. */
  private static ChatMessage historic(
      Chat chat, long id, List<Author> members, SplittableRandom random) {
    ChatMessage message =
        ChatMessage.text(
            new MessageRef(chat.id(), id),
            members.get(random.nextInt(members.size())),
            START.plusSeconds(id * 7),
            Lines.get(random.nextInt(1_000_000)));
    return id > 50 && random.nextInt(5) == 0
        ? message.withReplyTo(id - 1 - random.nextInt(50))
        : message;
  }

  private static double percentile(long[] sorted, double p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
  }

  private static List<Author> members(int count) {
    List<Author> members = new ArrayList<>(count);
    for (int i = 1; i <= count; i++) {
      members.add(Author.person(i, "Учасник " + i, "member" + i));
    }
    return members;
  }

  private String analyzer() {
    if (!analyzer.equals(FIXED) && !analyzer.equals("local")) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--analyzer must be local or fixed, was '" + analyzer + "'");
    }
    return analyzer;
  }

  private static TextAnalyzer fixedAnalyzer() {
    Analysis analysis =
        new Analysis(
            LanguageGuess.UNKNOWN,
            Sentiment.NEUTRAL,
            Emotion.NEUTRAL,
            List.of("кава"),
            Set.of("food"),
            new TextFeatures(
                40, 7, false, false, List.of(), 0, List.of(), List.of(), List.of(), 0, false));
    return text -> analysis;
  }

  private static Completion answer() {
    return new Completion.Answer("Так.", "stop", null, "bench", 1);
  }

  private static SentMessage sent(String text) {
    return new SentMessage(List.of(1_000_000_000L), List.of(text), START);
  }
}
