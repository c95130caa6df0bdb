package dev.gryag.app.bot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gryag.app.bot.FakeTelegram.Member;
import dev.gryag.core.testing.PackagedJars;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged bot killed with SIGKILL while a burst of questions is being answered, then started
 * again on the same {@code GRYAG_HOME}: every question is answered, and none twice. The kills land
 * at chosen points, not at chance ones: while every chat waits on the model (nothing can be lost
 * there: the questions are stored with their pending answers), and in the one window the bot cannot
 * close, after Telegram delivered an answer and before the bot stored it (that answer, and only
 * that one, goes out twice). The figures go to stdout whatever the outcome.
 */
class PackagedBotCrashIT {

  private static final long[] CHATS = {
    -1001000000001L, -1001000000002L, -1001000000003L, -1001000000004L
  };
  private static final int QUESTIONS = 24;
  private static final int ANSWERED_BEFORE_THE_KILL = 4;
  private static final Duration START = Duration.ofSeconds(90);

  /** The longest the test waits for the answers after the restart. */
  private static final Duration SETTLE = Duration.ofSeconds(60);

  /** No new answer for this long after the restart, and the bot is taken to be done. */
  private static final Duration QUIET = Duration.ofSeconds(10);

  /** After the last missing answer arrives, how long to watch for a second one. */
  private static final Duration DOUBLES = Duration.ofSeconds(2);

  @TempDir Path home;
  @RegisterExtension final PackagedJars jars = new PackagedJars(PackagedBot.JAR);
  private FakeTelegram telegram;
  private FakeModels models;
  private final List<PackagedBot> bots = new ArrayList<>();

  @BeforeEach
  void startFakes() throws Exception {
    telegram = new FakeTelegram();
    models = new FakeModels();
    models.openaiDelayMillis = 300; // a model that thinks: the burst is still in flight at the kill
  }

  @AfterEach
  void stopEverything() {
    bots.reversed().forEach(PackagedBot::close); // the running one first, then its database
    telegram.close();
    models.close();
  }

  @Test
  void everyQuestionOfABurstIsAnsweredOnceAcrossAKill() throws Exception {
    models.openaiAnswersBeforeHold = ANSWERED_BEFORE_THE_KILL; // then every chat waits on it
    PackagedBot first = start();
    List<Question> questions = askTheBurst(CHATS, QUESTIONS);
    telegram.awaitSentFor(ANSWERED_BEFORE_THE_KILL, 60);
    awaitHeldModelCalls(CHATS.length);

    first.kill();
    int answeredBeforeTheKill = telegram.sent().size();
    assertThat(first.databases()).as("the PostgreSQL the killed bot left running").isNotEmpty();
    models.openaiAnswersBeforeHold = Integer.MAX_VALUE;

    start();
    Map<Question, Integer> answers = settle(questions);

    report("a kill while every chat waits on the model", answers, answeredBeforeTheKill);
    assertThat(count(answers, n -> n == 1))
        .as("questions answered exactly once (others: %s)", others(answers))
        .isEqualTo(QUESTIONS);
  }

  @Test
  void aKillAfterTelegramDeliveredAnAnswerAndBeforeTheBotStoredItDoublesThatAnswerOnly()
      throws Exception {
    long[] oneChat = {CHATS[0]};
    PackagedBot first = start();
    telegram.onDelivered =
        message -> {
          if (telegram.sent().size() == 2) {
            first.killQuietly(); // the bot never hears that Telegram took answer 2
          }
        };
    List<Question> questions = askTheBurst(oneChat, 5);
    telegram.awaitSentFor(2, 60);
    telegram.onDelivered = message -> {};

    start();
    Map<Question, Integer> answers = settle(questions);

    report("a kill between Telegram's delivery and the bot's commit", answers, 2);
    assertThat(answers.values())
        .as("the second question is answered twice, every other once, none missing")
        .containsExactly(1, 2, 1, 1, 1);
  }

  /** Waits until the fake model holds {@code calls} calls: every lane is inside the model. */
  private void awaitHeldModelCalls(int calls) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (models.openaiHeld.get() < calls && System.nanoTime() < deadline) {
      TimeUnit.MILLISECONDS.sleep(20);
    }
    assertThat(models.openaiHeld.get()).as("model calls held, one per chat").isEqualTo(calls);
  }

  private static void report(String kill, Map<Question, Integer> answers, int beforeTheKill) {
    System.out.printf(
        "PackagedBotCrashIT, %s: %d questions, %d answered before the kill; answered exactly once"
            + " %d/%d, doubled %d, missing %d%n",
        kill,
        answers.size(),
        beforeTheKill,
        count(answers, n -> n == 1),
        answers.size(),
        count(answers, n -> n > 1),
        count(answers, n -> n == 0));
  }

  private PackagedBot start() throws InterruptedException {
    Map<String, String> env = FakeEnvironment.openAiCompatible(telegram, models, home);
    env.put("GRYAG_USER_REPLIES_PER_HOUR", "1000");
    env.put("GRYAG_USER_BURST", "100");
    env.put("GRYAG_CHAT_REPLIES_PER_HOUR", "1000");
    env.put("GRYAG_LLM_MAX_CONCURRENT_CALLS", "8"); // every chat's lane can be inside the model
    PackagedBot bot = PackagedBot.start(jars, env);
    bots.add(bot);
    return bot.awaitReady(START);
  }

  /** Posts the questions, each chat's in turn, each by a member of its own. */
  private List<Question> askTheBurst(long[] chats, int count) {
    List<Question> questions = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      long chat = chats[i % chats.length];
      Member member = new Member(1000 + i, "Member" + i, "member" + i);
      long id = telegram.post(chat, "Chat " + chat, member, "@gryag_bot question " + i + "?", null);
      questions.add(new Question(chat, id));
    }
    return questions;
  }

  /**
   * Waits until every question has an answer (then a little longer, for doubles), until no answer
   * came for {@link #QUIET}, or {@link #SETTLE} at most; returns the answers each question got.
   */
  private Map<Question, Integer> settle(List<Question> questions) throws InterruptedException {
    long deadline = System.nanoTime() + SETTLE.toNanos();
    int seen = telegram.sent().size();
    long lastAnswer = System.nanoTime();
    while (System.nanoTime() < deadline) {
      Map<Question, Integer> answers = answers(questions);
      if (count(answers, n -> n == 0) == 0) {
        TimeUnit.MILLISECONDS.sleep(DOUBLES.toMillis());
        break;
      }
      int sent = telegram.sent().size();
      if (sent != seen) {
        seen = sent;
        lastAnswer = System.nanoTime();
      } else if (System.nanoTime() - lastAnswer > QUIET.toNanos()) {
        break;
      }
      TimeUnit.MILLISECONDS.sleep(200);
    }
    return answers(questions);
  }

  /** How many messages the bot sent replying to each question. */
  private Map<Question, Integer> answers(List<Question> questions) {
    Map<Question, Integer> answers = new LinkedHashMap<>();
    questions.forEach(q -> answers.put(q, 0));
    for (JsonNode sent : telegram.sent()) {
      Question answered =
          new Question(sent.path("chat").path("id").asLong(), sent.path("reply_to").asLong(-1));
      answers.computeIfPresent(answered, (q, n) -> n + 1);
    }
    return answers;
  }

  private static Map<Question, Integer> others(Map<Question, Integer> answers) {
    Map<Question, Integer> others = new LinkedHashMap<>(answers);
    others.values().removeIf(n -> n == 1);
    return others;
  }

  private static int count(Map<Question, Integer> answers, IntPredicate test) {
    return (int) answers.values().stream().filter(test::test).count();
  }

  /** A question by its chat and message id. */
  private record Question(long chat, long messageId) {
    @Override
    public String toString() {
      return chat + "/" + messageId;
    }
  }
}
