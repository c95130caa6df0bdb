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
 * again on the same {@code GRYAG_HOME}: every question is answered, and none twice. The figures go
 * to stdout whatever the outcome.
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
    models.openaiDelayMillis = 400; // a model that thinks: the burst is still in flight at the kill
  }

  @AfterEach
  void stopEverything() {
    bots.reversed().forEach(PackagedBot::close); // the running one first, then its database
    telegram.close();
    models.close();
  }

  @Test
  void everyQuestionOfABurstIsAnsweredOnceAcrossAKill() throws Exception {
    PackagedBot first = start();
    List<Question> questions = askTheBurst();
    telegram.awaitSentFor(ANSWERED_BEFORE_THE_KILL, 60);

    first.kill();
    int answeredBeforeTheKill = telegram.sent().size();
    assertThat(answeredBeforeTheKill)
        .as("answers before the kill (a faster bot needs a slower model here)")
        .isLessThan(QUESTIONS);
    assertThat(first.databases()).as("the PostgreSQL the killed bot left running").isNotEmpty();

    start();
    Map<Question, Integer> answers = settle(questions);

    int once = count(answers, n -> n == 1);
    int doubled = count(answers, n -> n > 1);
    int missing = count(answers, n -> n == 0);
    System.out.printf(
        "PackagedBotCrashIT: %d questions in %d chats, %d answered before the kill;"
            + " answered exactly once %d/%d, doubled %d, missing %d%n",
        QUESTIONS, CHATS.length, answeredBeforeTheKill, once, QUESTIONS, doubled, missing);
    assertThat(once)
        .as(
            "questions answered exactly once (doubled %d, missing %d; answers to the others: %s)",
            doubled, missing, others(answers))
        .isEqualTo(QUESTIONS);
  }

  private PackagedBot start() throws InterruptedException {
    Map<String, String> env = FakeEnvironment.openAiCompatible(telegram, models, home);
    env.put("GRYAG_USER_REPLIES_PER_HOUR", "1000");
    env.put("GRYAG_USER_BURST", "100");
    env.put("GRYAG_CHAT_REPLIES_PER_HOUR", "1000");
    PackagedBot bot = PackagedBot.start(jars, env);
    bots.add(bot);
    return bot.awaitReady(START);
  }

  /** Posts the questions, each chat's in turn, each by a member of its own. */
  private List<Question> askTheBurst() {
    List<Question> questions = new ArrayList<>();
    for (int i = 0; i < QUESTIONS; i++) {
      long chat = CHATS[i % CHATS.length];
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
