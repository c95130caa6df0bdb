package dev.gryag.app.cli.bench.memory;

import dev.gryag.app.cli.support.ExitCodes;
import dev.gryag.core.analytics.HistoryMessage;
import dev.gryag.core.context.AssembledContext;
import dev.gryag.core.context.ContextAssembler;
import dev.gryag.core.context.ContextBudget;
import dev.gryag.core.context.ContextRequest;
import dev.gryag.core.conversation.BotIdentity;
import dev.gryag.core.conversation.ConversationConfig;
import dev.gryag.core.conversation.ConversationService;
import dev.gryag.core.model.Author;
import dev.gryag.core.model.Chat;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.MessageRef;
import dev.gryag.core.model.UserId;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code gryag bench memory}: how much of the evidence for questions about a long conversation the
 * bot's prompt carries, beside simple baselines of the same size. The prompt is the bot's own: the
 * context assembler the conversation service builds, over the stores an import fills.
 */
@Command(
    name = "memory",
    mixinStandardHelpOptions = true,
    description = {
      "Measures how much of the evidence for questions about months of conversation reaches the"
          + " bot's prompt.",
      "",
      "It generates (from --seed, with its own word lists) a group conversation of --members"
          + " members over --sessions evenings, mostly small talk in Ukrainian, Russian and"
          + " English, with planted evidence: facts members state about themselves, things they"
          + " did on a day, a pastime they talk around. Then members ask the bot --questions"
          + " questions of four kinds after the last turn: single (one fact), multi (two facts of"
          + " two members), temporal (when something happened) and inference (a judgement from"
          + " three turns on one subject). It imports the conversation as gryag import does and,"
          + " for each question at each of --budgets tokens, builds the prompt the bot would"
          + " build with the question as the message to answer.",
      "",
      "Evidence recall is the share of the questions' evidence turns whose author and text"
          + " appear among the prompt's turns, pooled over all evidence turns of a row. Beside"
          + " the bot's assembler, on the same turns and the same budget less the persona and the"
          + " question (counted by the bot's token estimator): recency (the newest turns that"
          + " fit), bm25 (Okapi BM25, k1=1.2, b=0.75, over each turn's lower-case words and its"
          + " author's name; the best turns that fit) and bm25+nb (each hit with one neighbour"
          + " either side). The last lines give the assembler's time per question."
    },
    footer = {"", "Example: gryag bench memory --sessions 60 --questions 200 --store embedded"})
public final class MemoryBench implements Callable<Integer> {

  /** Where to import the conversation. */
  enum StoreKind {
    MEMORY,
    EMBEDDED
  }

  /** How to print the results. */
  enum Format {
    TEXT,
    JSON
  }

  private static final BotIdentity BOT = new BotIdentity(UserId.of(999), "gryag_bot", "Гряг");
  private static final long QUESTION_IDS = 1_000_000_000L;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--seed",
      defaultValue = "1",
      description = "The generator's seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--members",
      defaultValue = "5",
      description = "Members of the chat, 2 to 8 (default ${DEFAULT-VALUE}).")
  int members;

  @Option(
      names = "--sessions",
      defaultValue = "60",
      description = "Evenings of conversation, 1 to 5 days apart (default ${DEFAULT-VALUE}).")
  int sessions;

  @Option(
      names = "--turns-per-session",
      defaultValue = "60",
      description = "Turns in an average evening (default ${DEFAULT-VALUE}).")
  int turnsPerSession;

  @Option(
      names = "--questions",
      defaultValue = "120",
      description =
          "Questions to ask, a quarter of each kind as far as the planted facts allow (default"
              + " ${DEFAULT-VALUE}).")
  int questions;

  @Option(
      names = "--budgets",
      defaultValue = "2000,6000,12000",
      split = ",",
      description = "Prompt budgets in tokens (default ${DEFAULT-VALUE}).")
  List<Integer> budgets;

  @Option(
      names = "--store",
      defaultValue = "memory",
      description =
          "memory or embedded (PostgreSQL, as gryag import fills it; default ${DEFAULT-VALUE}).")
  StoreKind store;

  @Option(
      names = "--home",
      paramLabel = "DIR",
      description =
          "The data folder for --store embedded (default: a temporary one, deleted after).")
  Path home;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "text or json (default ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() {
    validate();
    PrintWriter err = spec.commandLine().getErr();
    MemoryConversation conversation;
    try {
      conversation =
          MemoryConversation.generate(seed, members, sessions, turnsPerSession, questions);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    progress(
        err,
        "generated %,d turns and %,d questions",
        conversation.turns().size(),
        conversation.questions().size());
    Clock clock = Clock.fixed(conversation.questions().getFirst().askedAt(), ZoneOffset.UTC);
    RecallTable table;
    try (BenchStores stores =
        store == StoreKind.MEMORY ? BenchStores.inMemory(clock) : BenchStores.embedded(home)) {
      stores.load(conversation);
      progress(err, "imported into the %s store", store.name().toLowerCase(Locale.ROOT));
      table = measure(conversation, stores, budgets, err);
    }
    print(conversation, table);
    return ExitCodes.OK.code();
  }

  private void validate() {
    for (int budget : budgets) {
      if (budget < ContextBudget.MIN_MAX_TOKENS) {
        throw new CommandLine.ParameterException(
            spec.commandLine(),
            "--budgets: each must be at least " + ContextBudget.MIN_MAX_TOKENS + ", was " + budget);
      }
    }
    if (home != null && store != StoreKind.EMBEDDED) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--home needs --store embedded");
    }
  }

  /** Every question at every budget, by the assembler and by the baselines. */
  static RecallTable measure(
      MemoryConversation conversation, BenchStores stores, List<Integer> budgets, PrintWriter err) {
    Chat chat = Chat.group(-MemoryConversation.CHAT_ID, conversation.chat().name());
    List<ChatMessage> turns = stored(conversation, stores, chat.id());
    List<MemoryQuestion> asked = conversation.questions();
    RecallTable table = new RecallTable(budgets, asked.size());
    for (int budget : budgets) {
      ConversationConfig config =
          ConversationConfig.DEFAULTS.withContext(ContextBudget.DEFAULTS.withMaxTokens(budget));
      ContextAssembler assembler =
          ConversationService.builder(
                  BOT,
                  stores.messages(),
                  request -> {
                    throw new UnsupportedOperationException("the memory bench asks no model");
                  },
                  message -> {
                    throw new UnsupportedOperationException("the memory bench sends nothing");
                  })
              .memory(stores.people())
              .summaries(stores.summaries())
              .config(config)
              .contextAssembler();
      Baselines baselines = new Baselines(turns, assembler::cost);
      List<ContextRequest> requests = new ArrayList<>();
      for (int q = 0; q < asked.size(); q++) {
        requests.add(
            new ContextRequest(chat, trigger(chat.id(), q, asked.get(q)), config.persona(), null));
      }
      requests.forEach(assembler::assemble); // warm-up: the timings are of a warm JVM and cache
      for (int q = 0; q < asked.size(); q++) {
        MemoryQuestion question = asked.get(q);
        ContextRequest request = requests.get(q);
        long started = System.nanoTime();
        AssembledContext prompt = assembler.assemble(request);
        table.time(budget, System.nanoTime() - started);
        int room = budget - assembler.cost(config.persona()) - assembler.cost(request.trigger());
        List<ChatMessage> evidence =
            question.evidence().stream().map(id -> turns.get((int) (id - 1))).toList();
        Set<Long> recent = baselines.recency(room);
        int[] found = {
          EvidenceRecall.found(evidence, prompt),
          EvidenceRecall.found(question.evidence(), recent),
          EvidenceRecall.found(question.evidence(), baselines.bm25(question.text(), room, 0)),
          EvidenceRecall.found(question.evidence(), baselines.bm25(question.text(), room, 1))
        };
        table.add(budget, question.kind(), evidence.size(), found);
      }
      progress(err, "measured %,d questions at %,d tokens", asked.size(), budget);
    }
    return table;
  }

  /** The conversation's turns as the store holds them after the import, chronological. */
  private static List<ChatMessage> stored(
      MemoryConversation conversation, BenchStores stores, ChatId chat) {
    List<ChatMessage> turns = new ArrayList<>(conversation.turns().size());
    for (HistoryMessage turn : conversation.turns()) {
      turns.add(
          stores
              .messages()
              .find(new MessageRef(chat, turn.id()))
              .orElseThrow(
                  () -> new IllegalStateException("turn " + turn.id() + " was not imported")));
    }
    return turns;
  }

  /** The question as the message the bot answers: its asker's, at its time, not stored. */
  private static ChatMessage trigger(ChatId chat, int index, MemoryQuestion question) {
    Member asker = question.asker();
    return ChatMessage.text(
        new MessageRef(chat, QUESTION_IDS + index),
        Author.person(asker.userId(), asker.name(), null),
        question.askedAt(),
        question.text());
  }

  private static void progress(PrintWriter err, String format, Object... args) {
    err.printf(Locale.ROOT, "gryag bench memory: " + format + "%n", args);
    err.flush();
  }

  private void print(MemoryConversation conversation, RecallTable table) {
    PrintWriter out = spec.commandLine().getOut();
    List<HistoryMessage> turns = conversation.turns();
    if (format == Format.JSON) {
      out.printf(
          Locale.ROOT,
          "{\"seed\":%d,\"members\":%d,\"sessions\":%d,\"turns\":%d,\"questions\":%d,"
              + "\"store\":\"%s\",\"budgets\":%s}%n",
          seed,
          conversation.members().size(),
          sessions,
          turns.size(),
          conversation.questions().size(),
          store.name().toLowerCase(Locale.ROOT),
          table.json());
    } else {
      out.printf(
          Locale.ROOT,
          "seed %d: %d members, %d sessions from %s to %s, %,d turns, %d questions; store: %s%n",
          seed,
          conversation.members().size(),
          sessions,
          LocalDate.ofInstant(turns.getFirst().sentAt(), ZoneOffset.UTC),
          LocalDate.ofInstant(turns.getLast().sentAt(), ZoneOffset.UTC),
          turns.size(),
          conversation.questions().size(),
          store.name().toLowerCase(Locale.ROOT));
      table.printText(out);
    }
    out.flush();
  }
}
