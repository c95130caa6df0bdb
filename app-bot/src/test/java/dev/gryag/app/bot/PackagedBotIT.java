package dev.gryag.app.bot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gryag.app.bot.FakeTelegram.Member;
import dev.gryag.core.testing.PackagedJar;
import dev.gryag.core.testing.PackagedJars;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bot as it ships: {@code java -jar target/gryag-bot.jar}, with nothing but {@code target/lib/}
 * beside it, run as a process against a fake Bot API and a fake OpenAI-compatible model on
 * loopback, with its embedded PostgreSQL in a folder of the test's.
 */
class PackagedBotIT {

  private static final long GROUP = -1001234567890L;
  private static final Member ALICE = new Member(101, "Аліса", "alice");
  private static final String OPS_TOKEN = "packaged-bot-ops-token-0123456789";
  private static final Duration START = Duration.ofSeconds(90);
  private static final Duration EXIT = Duration.ofSeconds(60);

  @TempDir Path home;
  @RegisterExtension final PackagedJars jars = new PackagedJars(PackagedBot.JAR);
  private FakeTelegram telegram;
  private FakeModels models;
  private PackagedBot bot;

  @BeforeEach
  void startFakes() throws Exception {
    telegram = new FakeTelegram();
    models = new FakeModels();
  }

  @AfterEach
  void stopEverything() {
    if (bot != null) {
      bot.close();
    }
    telegram.close();
    models.close();
  }

  @Test
  void printsItsConfigurationWithTheSecretsMasked() throws Exception {
    Map<String, String> env = FakeEnvironment.of(telegram, models, home);

    PackagedJar run = jars.start(env, "--print-config");

    assertThat(run.awaitExit(EXIT)).as("exit code").isZero();
    assertThat(run.output())
        .contains("TELEGRAM_BOT_TOKEN", "GEMINI_API_KEY", "OPENAI_API_KEY", "******")
        .contains(home.toString(), "GRYAG_LLM_PROVIDERS", "gemini,openai")
        .doesNotContain(
            FakeTelegram.TOKEN, env.get("GEMINI_API_KEY"), env.get("OPENAI_API_KEY"), "Exception");
  }

  @Test
  void printsItsHelp() throws Exception {
    PackagedJar run = jars.start(Map.of(), "--help");

    assertThat(run.awaitExit(EXIT)).as("exit code").isZero();
    assertThat(run.output())
        .contains("Usage: gryag bot", "--print-config", "TELEGRAM_BOT_TOKEN", "Exit codes");
  }

  @Test
  void answersAMentionThenStopsWithItsDatabaseOnSigterm() throws Exception {
    Map<String, String> env = FakeEnvironment.openAiCompatible(telegram, models, home);
    env.put("GRYAG_LOG_FORMAT", "json"); // as in the systemd unit of docs/operations.md
    env.put("GRYAG_OPS_TOKEN", OPS_TOKEN);
    bot = PackagedBot.start(jars, env).awaitReady(START);
    assertThat(bot.operations("/metrics", null).statusCode()).isEqualTo(401);
    assertThat(bot.operations("/metrics", "Bearer " + OPS_TOKEN).statusCode()).isEqualTo(200);
    assertThat(bot.output()).contains("operations port listening on 127.0.0.1:");

    long mention = telegram.post(GROUP, "Кухня", ALICE, "@gryag_bot привіт, як справи?", null);
    JsonNode answer = telegram.awaitSentFor(1, 60).getFirst();

    assertThat(answer.path("chat").path("id").asLong()).isEqualTo(GROUP);
    assertThat(answer.path("text").asText()).isEqualTo(FakeModels.OPENAI_ANSWER);
    assertThat(answer.path("reply_to").asLong()).isEqualTo(mention);
    assertThat(bot.databases()).as("the embedded PostgreSQL, running").hasSize(1);

    assertThat(bot.stop(EXIT)).as("exit code after SIGTERM").isZero();
    assertThat(bot.databasesLeftAfter(Duration.ofSeconds(15)))
        .as("the embedded PostgreSQL, after the bot stopped")
        .isEmpty();
    assertThat(bot.output())
        .contains("\"message\":\"stopped: database\"")
        .doesNotContain("NoClassDefFoundError", "ClassNotFoundException");
    Path credentials = home.resolve("postgres-credentials");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(credentials)))
        .as("the embedded database's generated passwords, owner-only")
        .isEqualTo("rw-------");
    for (String line : Files.readAllLines(credentials)) {
      if (line.contains("password=")) {
        String password = line.substring(line.indexOf('=') + 1);
        assertThat(bot.output()).doesNotContain(password);
        assertThat(Files.readString(home.resolve("postgres.log"))).doesNotContain(password);
      }
    }
  }
}
