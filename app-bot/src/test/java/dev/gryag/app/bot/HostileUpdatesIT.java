package dev.gryag.app.bot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gryag.app.bot.FakeTelegram.Member;
import dev.gryag.app.bot.config.SettingsRegistry;
import dev.gryag.core.config.Configuration;
import dev.gryag.core.context.MessageStore;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.MessageRef;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bot's intake against updates a hostile member, or a broken server, could bring: each is
 * stored and answered as text, or skipped with a warning, and the bot goes on answering. The real
 * wiring (embedded PostgreSQL, both adapters) against the fake Bot API and models on loopback.
 */
class HostileUpdatesIT {

  private static final long GROUP = -1001234567891L;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String LONG_RUN = "Ж".repeat(300);

  @TempDir Path home;
  private FakeTelegram telegram;
  private FakeModels models;
  private BotApplication bot;

  @BeforeEach
  void start() throws Exception {
    telegram = new FakeTelegram();
    models = new FakeModels();
    bot =
        BotApplication.start(
            Configuration.load(SettingsRegistry.all(), FakeEnvironment.of(telegram, models, home)));
  }

  @AfterEach
  void stop() {
    bot.close();
    telegram.close();
    models.close();
  }

  @Test
  void hostileUpdatesAreStoredAsTextOrSkippedAndTheBotAnswersOn() throws Exception {
    // A 100,000-character name with escape sequences, an RTL override and markup; NUL in text.
    Member mallory =
        new Member(
            201,
            "\u001b[31m\u001b]0;pwned\u0007Mal" + "Ж".repeat(100_000) + "\u202e<b>x</b>",
            "mal");
    long hostile =
        telegram.post(GROUP, "Кухня", mallory, "@gryag_bot hi\u0000 there \u202eevil\u202c", null);
    telegram.awaitSent(1);
    ChatMessage stored = awaitStored(MessageRef.of(GROUP, hostile));
    assertThat(stored.author().displayName()).hasSizeLessThanOrEqualTo(256).startsWith("\u001b");
    assertThat(stored.text()).doesNotContain("\u0000").contains("hi", "there", "\u202eevil");
    assertThat(models.geminiRequests.get(0))
        .as("the prompt carries the name cut, not 100,000 characters")
        .doesNotContain(LONG_RUN);

    // An oversized message: 1,000,000 characters (Telegram allows 4,096).
    long huge =
        telegram.post(GROUP, "Кухня", mallory, "@gryag_bot " + "слово ".repeat(166_667), null);
    telegram.awaitSent(2);
    assertThat(awaitStored(MessageRef.of(GROUP, huge)).text()).hasSizeGreaterThan(1_000_000);
    assertThat(models.geminiRequests.get(1).length())
        .as("the prompt stays within the token budget")
        .isLessThan(200_000);

    // Updates of a shape Telegram never sends: skipped, and the offset moves past them.
    ObjectNode wrongTypes = JSON.createObjectNode();
    wrongTypes.put("message_id", "abc").put("chat", 5).put("text", 7);
    long malformed = telegram.rawUpdate("message", wrongTypes);
    long unknownKind = telegram.rawUpdate("never_heard_of", JSON.createObjectNode().put("x", 1));
    long after =
        telegram.post(GROUP, "Кухня", new Member(202, "Bob", "bob"), "@gryag_bot ти тут?", null);
    assertThat(telegram.awaitSent(3).get(2).path("reply_to").asLong()).isEqualTo(after);
    awaitConfirmedPast(Math.max(malformed, unknownKind));
  }

  private ChatMessage awaitStored(MessageRef ref) throws InterruptedException {
    MessageStore messages = bot.component(MessageStore.class);
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (Instant.now().isBefore(deadline)) {
      Optional<ChatMessage> found = messages.find(ref);
      if (found.isPresent()) {
        return found.get();
      }
      Thread.sleep(50);
    }
    throw new AssertionError(ref + " was not stored");
  }

  private void awaitConfirmedPast(long updateId) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (telegram.confirmedOffset() <= updateId) {
      assertThat(Instant.now()).as("offset past update " + updateId).isBefore(deadline);
      Thread.sleep(50);
    }
  }
}
