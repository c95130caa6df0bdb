package dev.gryag.app.bot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gryag.adapter.persistence.DatabaseConfig;
import dev.gryag.adapter.persistence.JooqPendingAnswers;
import dev.gryag.adapter.persistence.PostgresDatabase;
import dev.gryag.app.bot.FakeTelegram.Member;
import dev.gryag.app.bot.config.SettingsRegistry;
import dev.gryag.core.config.Configuration;
import dev.gryag.core.context.MessageStore;
import dev.gryag.core.conversation.PendingAnswer;
import dev.gryag.core.conversation.PendingAnswers;
import dev.gryag.core.model.Author;
import dev.gryag.core.model.Chat;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatKind;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.ChatMigration;
import dev.gryag.core.model.MessageRef;
import dev.gryag.core.model.UserId;
import dev.gryag.core.personalization.ProfileStore;
import dev.gryag.core.settings.ChatSettingsStore;
import dev.gryag.core.settings.Trigger;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real wiring (embedded PostgreSQL, the LLM and Telegram adapters, Guice) against a fake Bot
 * API and fake model servers on loopback: a group of three members talking to the bot.
 */
class BotEndToEndIT {

  private static final long GROUP = -1001234567890L;
  private static final Member ALICE = new Member(101, "Аліса", "alice");
  private static final Member BOB = new Member(102, "Bob", "bob");
  private static final Member CAROL = new Member(103, "Карина", "carol");

  @TempDir Path home;
  private FakeTelegram telegram;
  private FakeModels models;
  private BotApplication bot;

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

  private BotApplication startBot() {
    Map<String, String> env = FakeEnvironment.of(telegram, models, home);
    return BotApplication.start(Configuration.load(SettingsRegistry.all(), env));
  }

  @Test
  void aGroupOfThreeTalksToTheBotAcrossARestart() throws Exception {
    bot = startBot();

    long mention = telegram.post(GROUP, "Кухня", ALICE, "@gryag_bot привіт, як справи?", null);
    JsonNode first = telegram.awaitSent(1).get(0);
    assertThat(first.path("text").asText()).isEqualTo(FakeModels.GEMINI_ANSWER);
    assertThat(first.path("reply_to").asLong()).isEqualTo(mention);

    long reply =
        telegram.post(GROUP, "Кухня", BOB, "а мені що скажеш?", first.path("message_id").asLong());
    JsonNode second = telegram.awaitSent(2).get(1);
    assertThat(second.path("reply_to").asLong()).isEqualTo(reply);

    long smallTalk = telegram.post(GROUP, "Кухня", CAROL, "хто йде на каву?", null);
    awaitStored(MessageRef.of(GROUP, smallTalk));
    assertThat(telegram.sent()).hasSize(2);

    bot.close();
    long whileDown = telegram.post(GROUP, "Кухня", CAROL, "@gryag_bot ти тут?", null);
    bot = startBot();

    JsonNode third = telegram.awaitSent(3).get(2);
    assertThat(third.path("reply_to").asLong()).isEqualTo(whileDown);
    MessageStore messages = bot.component(MessageStore.class);
    assertThat(messages.find(MessageRef.of(GROUP, smallTalk))).isPresent();
    assertThat(messages.find(MessageRef.of(GROUP, mention))).isPresent();
    Thread.sleep(500); // a short quiet spell: nothing from before the restart is answered again
    assertThat(telegram.sent()).hasSize(3);

    models.geminiDown.set(true);
    long fallback = telegram.post(GROUP, "Кухня", BOB, "@gryag_bot а зараз?", null);
    JsonNode fourth = telegram.awaitSent(4).get(3);
    assertThat(fourth.path("text").asText()).isEqualTo(FakeModels.OPENAI_ANSWER);
    assertThat(fourth.path("reply_to").asLong()).isEqualTo(fallback);

    telegram.post(GROUP, "Кухня", ALICE, "/forget@gryag_bot", null);
    telegram.awaitSent(5);
    List<UserId> authors =
        messages.recent(ChatId.of(GROUP), 100).stream().map(m -> m.author().id()).toList();
    assertThat(authors).doesNotContain(UserId.of(ALICE.id())).contains(UserId.of(BOB.id()));
    ProfileStore profiles = bot.component(ProfileStore.class);
    assertThat(profiles.find(ChatId.of(GROUP), UserId.of(ALICE.id()))).isEmpty();
    assertThat(profiles.find(ChatId.of(GROUP), UserId.of(BOB.id()))).isPresent();
  }

  @Test
  void aGroupThatBecomesASupergroupKeepsItsHistoryAndMembers() throws Exception {
    long group = -4000000001L;
    long supergroup = -1002000000001L;
    ChatMigration migration = ChatMigration.of(group, supergroup);
    telegram.basicGroup(group);
    bot = startBot();

    long city = telegram.post(group, "Кухня", ALICE, "Я живу в Києві", null);
    long fishing = telegram.post(group, "Кухня", BOB, "хто йде на риболовлю завтра?", null);
    awaitStored(MessageRef.of(group, fishing));
    models.geminiDelayMillis = 1_500; // the upgrade happens while the bot is thinking
    long question = telegram.post(group, "Кухня", BOB, "@gryag_bot підеш з нами?", null);
    telegram.upgrade(group, supergroup, "Кухня", ALICE);

    // Sent to the old group, refused with 400 and migrate_to_chat_id, sent to the supergroup.
    JsonNode answer = telegram.awaitSent(1).get(0);
    models.geminiDelayMillis = 0;
    assertThat(answer.path("chat").path("id").asLong()).isEqualTo(supergroup);
    assertThat(answer.has("reply_to")).isFalse();
    MessageStore messages = bot.component(MessageStore.class);
    MessageRef answerRef = MessageRef.of(supergroup, answer.path("message_id").asLong());
    awaitStored(answerRef);
    assertThat(messages.find(answerRef).orElseThrow().replyTo())
        .isEqualTo(migration.moved(MessageRef.of(group, question)));

    long recall = telegram.post(supergroup, "Кухня", CAROL, "@gryag_bot про що ми говорили?", null);
    JsonNode second = telegram.awaitSent(2).get(1);
    assertThat(second.path("reply_to").asLong()).isEqualTo(recall);
    assertThat(models.geminiRequests.getLast())
        .as("the prompt in the supergroup holds the old group's talk")
        .contains("риболовлю", "Я живу в Києві", FakeModels.GEMINI_ANSWER);

    telegram.post(supergroup, "Кухня", ALICE, "/facts@gryag_bot", null);
    assertThat(telegram.awaitSent(3).get(2).path("text").asText()).contains("Києві");

    // The old group's ids moved out of the way of the supergroup's own, which restart from 1.
    assertThat(recall).isEqualTo(question);
    assertThat(messages.find(MessageRef.of(supergroup, recall)).orElseThrow().text())
        .contains("про що ми говорили");
    assertThat(messages.find(migration.moved(MessageRef.of(group, city))).orElseThrow().text())
        .isEqualTo("Я живу в Києві");
    assertThat(messages.count(ChatId.of(group))).isZero();
    ProfileStore profiles = bot.component(ProfileStore.class);
    assertThat(profiles.find(ChatId.of(group), UserId.of(BOB.id()))).isEmpty();
    // Profiles are folded after the message is stored, on the chat's lane: wait for the second.
    for (int i = 0;
        i < 300
            && profiles
                .find(ChatId.of(supergroup), UserId.of(BOB.id()))
                .map(p -> p.messages() < 2)
                .orElse(true);
        i++) {
      Thread.sleep(20);
    }
    assertThat(profiles.find(ChatId.of(supergroup), UserId.of(BOB.id())).orElseThrow().messages())
        .isEqualTo(2);
  }

  @Test
  void questionsACrashedRunLeftPendingAreAnsweredAtStartAndStaleOnesDropped() throws Exception {
    Map<String, String> env = FakeEnvironment.of(telegram, models, home);
    Chat kitchen = new Chat(ChatId.of(GROUP), ChatKind.SUPERGROUP, "Кухня", false);
    Instant now = Instant.now();
    ChatMessage fresh =
        ChatMessage.text(
            MessageRef.of(GROUP, 501),
            Author.person(ALICE.id(), ALICE.firstName(), ALICE.username()),
            now.minusSeconds(60),
            "@gryag_bot ти ще тут?");
    ChatMessage stale =
        ChatMessage.text(
            MessageRef.of(GROUP, 500),
            Author.person(BOB.id(), BOB.firstName(), BOB.username()),
            now.minusSeconds(3_600),
            "@gryag_bot а годину тому?");
    // What a run killed between storing these questions and answering them leaves behind.
    try (PostgresDatabase database = PostgresDatabase.start(DatabaseConfig.fromEnvironment(env))) {
      JooqPendingAnswers pending = new JooqPendingAnswers(database);
      pending.appendAwaiting(
          stale,
          new PendingAnswer(
              kitchen, 500, Trigger.MENTION, now.minusSeconds(3_600), now.minusSeconds(3_000)));
      pending.appendAwaiting(
          fresh,
          new PendingAnswer(
              kitchen, 501, Trigger.MENTION, now.minusSeconds(60), now.plusSeconds(540)));
    }

    bot = startBot();

    JsonNode answer = telegram.awaitSent(1).get(0);
    assertThat(answer.path("reply_to").asLong()).isEqualTo(501);
    assertThat(answer.path("text").asText()).isEqualTo(FakeModels.GEMINI_ANSWER);
    PendingAnswers pending = bot.component(PendingAnswers.class);
    for (int i = 0; i < 300 && !pending.oldest(10).isEmpty(); i++) {
      Thread.sleep(20);
    }
    assertThat(pending.oldest(10)).as("both settled: one answered, one dropped").isEmpty();
    Thread.sleep(500); // a short quiet spell: the stale question is not answered
    assertThat(telegram.sent()).hasSize(1);
  }

  @Test
  void aGroupsOwnAdminsRunAdminCommandsAndAPlainMemberIsRefusedInOneLine() throws Exception {
    telegram.admins(GROUP, ALICE);
    bot = startBot();

    telegram.post(GROUP, "Кухня", ALICE, "/persona@gryag_bot Ти пірат. Кажи «арр».", null);
    assertThat(telegram.awaitSent(1).get(0).path("text").asText())
        .isEqualTo("Нову персону збережено.");

    telegram.post(GROUP, "Кухня", CAROL, "/persona@gryag_bot Ти кіт.", null);
    assertThat(telegram.awaitSent(2).get(1).path("text").asText())
        .isEqualTo("/persona — лише для адмінів чату.");
    ChatSettingsStore settings = bot.component(ChatSettingsStore.class);
    assertThat(settings.get(ChatId.of(GROUP)).persona()).isEqualTo("Ти пірат. Кажи «арр».");

    // Promoted: the chat_member update makes the bot ask again at once, not after the TTL.
    telegram.promote(GROUP, "Кухня", CAROL, ALICE);
    telegram.post(GROUP, "Кухня", CAROL, "/persona@gryag_bot reset", null);
    assertThat(telegram.awaitSent(3).get(2).path("text").asText())
        .isEqualTo("Повернув типову персону.");
    assertThat(settings.get(ChatId.of(GROUP)).persona()).isNull();
  }

  private void awaitStored(MessageRef ref) throws InterruptedException {
    MessageStore messages = bot.component(MessageStore.class);
    for (int i = 0; i < 300 && messages.find(ref).isEmpty(); i++) {
      Thread.sleep(20);
    }
    assertThat(messages.find(ref)).as("message %s stored", ref).isPresent();
  }
}
