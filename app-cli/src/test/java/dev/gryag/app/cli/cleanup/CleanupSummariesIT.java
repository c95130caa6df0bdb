package dev.gryag.app.cli.cleanup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gryag.adapter.persistence.DatabaseConfig;
import dev.gryag.adapter.persistence.JooqChatSummaryStore;
import dev.gryag.adapter.persistence.PostgresDatabase;
import dev.gryag.app.cli.CommandLines;
import dev.gryag.app.cli.support.BotServices;
import dev.gryag.app.cli.support.Databases;
import dev.gryag.core.analyzer.LocalAnalyzer;
import dev.gryag.core.context.ChatSummary;
import dev.gryag.core.model.Author;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.MessageRef;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code gryag cleanup} summarising old messages through a fake Gemini server on loopback, on a
 * real embedded PostgreSQL: with an LLM key it summarises before deleting, a failing model keeps
 * the messages, and without a key (or with {@code --no-summaries}) it deletes as before.
 */
class CleanupSummariesIT {

  private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
  private static final String SUMMARY = "Учасники домовлялися про похід у Карпати.";

  @TempDir static Path home;
  private static PostgresDatabase database;

  private final MockWebServer gemini = new MockWebServer();
  private final AtomicBoolean geminiDown = new AtomicBoolean();
  private final Queue<String> geminiRequests = new ConcurrentLinkedQueue<>();
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private static long nextChat = -700;

  @BeforeAll
  static void startDatabase() {
    database =
        PostgresDatabase.start(
            DatabaseConfig.fromEnvironment(Map.of(DatabaseConfig.HOME, home.toString())));
  }

  @AfterAll
  static void stopDatabase() {
    database.close();
  }

  @BeforeEach
  void startGemini() throws IOException {
    gemini.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            geminiRequests.add(request.getBody() == null ? "" : request.getBody().utf8());
            if (geminiDown.get()) {
              return json(
                  503,
                  """
                  {"error":{"code":503,"message":"The model is overloaded. Please try again later.",\
                  "status":"UNAVAILABLE"}}\
                  """);
            }
            return json(
                200,
                """
                {"candidates":[{"content":{"parts":[{"text":"%s"}],"role":"model"},\
                "finishReason":"STOP","index":0}],\
                "usageMetadata":{"promptTokenCount":300,"candidatesTokenCount":20,"totalTokenCount":320}}\
                """
                    .formatted(SUMMARY));
          }
        });
    gemini.start();
  }

  @AfterEach
  void stopGemini() {
    gemini.close();
  }

  private static MockResponse json(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .addHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  private Map<String, String> withGemini() {
    Map<String, String> env = new HashMap<>();
    env.put("GEMINI_API_KEY", "AIzaSyFakeKeyForTheCleanupTest00000000000");
    env.put("GRYAG_LLM_GEMINI_BASE_URL", gemini.url("/v1beta").toString());
    env.put("GRYAG_LLM_MAX_ATTEMPTS", "1");
    return env;
  }

  private int run(Map<String, String> environment, String... args) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    CommandLine cli =
        CommandLines.with(
            LocalAnalyzer::withDefaults,
            Databases.lending(database, "gryag"),
            environment,
            Clock.fixed(NOW, ZoneOffset.UTC));
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  /** A new chat with {@code count} messages sent 120 days ago, a minute apart. */
  private static ChatId chatWithOldMessages(int count) {
    ChatId chat = ChatId.of(nextChat--);
    BotServices stores = BotServices.over(database);
    for (int id = 1; id <= count; id++) {
      stores
          .messages()
          .append(
              ChatMessage.text(
                  new MessageRef(chat, id),
                  Author.person(40 + id % 2, id % 2 == 0 ? "Оксана" : "Taras", null),
                  NOW.minus(Duration.ofDays(120)).plus(Duration.ofMinutes(id)),
                  "Їдемо в Карпати, повідомлення " + id));
    }
    return chat;
  }

  private static List<ChatSummary> summaries(ChatId chat) {
    return new JooqChatSummaryStore(database).recent(chat, 10);
  }

  @Test
  void withAnLlmKeyOldMessagesAreSummarisedThenDeleted() {
    ChatId chat = chatWithOldMessages(3);

    assertThat(run(withGemini(), "cleanup", "--dry-run")).isZero();
    assertThat(out.toString())
        .contains("(messages older than 90d, summarised first by gemini)")
        .contains("messages: would remove 3")
        .contains("about 1 summaries would be written first (one per 200 old messages of a chat)");
    assertThat(geminiRequests).isEmpty();
    assertThat(BotServices.over(database).messages().count(chat)).isEqualTo(3);

    assertThat(run(withGemini(), "cleanup")).isZero();
    assertThat(out.toString())
        .contains("messages: removed 3, 0 still due, 1 summaries written, 0 failed");
    assertThat(geminiRequests).singleElement().asString().contains("повідомлення 2");
    assertThat(BotServices.over(database).messages().count(chat)).isZero();
    assertThat(summaries(chat))
        .singleElement()
        .satisfies(s -> {
          assertThat(s.text()).isEqualTo(SUMMARY);
          assertThat(s.provider()).isEqualTo("gemini");
          assertThat(s.messages()).isEqualTo(3);
        });
  }

  @Test
  void aFailingModelKeepsTheMessagesForTheNextRun() {
    ChatId chat = chatWithOldMessages(2);
    geminiDown.set(true);

    assertThat(run(withGemini(), "cleanup")).isZero();
    assertThat(out.toString())
        .contains("messages: removed 0, 2 still due, 0 summaries written, 1 failed")
        .contains("1 summaries could not be written; their messages stay for the next run.");
    assertThat(BotServices.over(database).messages().count(chat)).isEqualTo(2);
    assertThat(summaries(chat)).isEmpty();

    geminiDown.set(false);
    assertThat(run(withGemini(), "cleanup")).isZero();
    assertThat(BotServices.over(database).messages().count(chat)).isZero();
    assertThat(summaries(chat)).extracting(ChatSummary::text).containsExactly(SUMMARY);
  }

  @Test
  void withoutAnLlmKeyOrWithNoSummariesMessagesGoUnsummarised() {
    ChatId first = chatWithOldMessages(2);
    assertThat(run(Map.of(), "cleanup")).isZero();
    assertThat(out.toString()).contains("not summarised: no LLM key is set");
    assertThat(BotServices.over(database).messages().count(first)).isZero();

    ChatId second = chatWithOldMessages(2);
    assertThat(run(withGemini(), "cleanup", "--no-summaries")).isZero();
    assertThat(out.toString()).contains("not summarised: --no-summaries");
    assertThat(BotServices.over(database).messages().count(second)).isZero();
    assertThat(geminiRequests).isEmpty();
    assertThat(summaries(first)).isEmpty();
    assertThat(summaries(second)).isEmpty();
  }

  @Test
  void summariesRequiredWithoutAModelOrABadKeyIsAUsageError() {
    ChatId chat = chatWithOldMessages(1);

    assertThat(run(Map.of(CleanupKeys.SUMMARIES, "required"), "cleanup")).isEqualTo(2);
    assertThat(err.toString())
        .contains("GRYAG_SUMMARIES=required needs a language model")
        .contains("--no-summaries");
    assertThat(run(Map.of(CleanupKeys.SUMMARY_WORDS, "lots"), "cleanup")).isEqualTo(2);
    assertThat(err.toString())
        .contains("GRYAG_SUMMARY_WORDS: expected a whole number from 20 to 2000, got \"lots\"");
    assertThat(run(Map.of(CleanupKeys.SUMMARIES, "maybe"), "cleanup")).isEqualTo(2);
    assertThat(err.toString())
        .contains("GRYAG_SUMMARIES: expected one of off, best-effort, required, got \"maybe\"");
    assertThat(BotServices.over(database).messages().count(chat)).isEqualTo(1);

    assertThat(run(Map.of(CleanupKeys.SUMMARIES, "off"), "cleanup")).isZero();
    assertThat(out.toString()).contains("not summarised: GRYAG_SUMMARIES=off");
    assertThat(BotServices.over(database).messages().count(chat)).isZero();
  }
}
