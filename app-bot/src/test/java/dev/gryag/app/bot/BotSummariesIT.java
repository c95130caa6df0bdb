package dev.gryag.app.bot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gryag.app.bot.FakeTelegram.Member;
import dev.gryag.app.bot.config.SettingsRegistry;
import dev.gryag.app.bot.ops.BotMetrics;
import dev.gryag.core.cleanup.ChatSummaryStore;
import dev.gryag.core.cleanup.CleanupReport;
import dev.gryag.core.cleanup.DataKind;
import dev.gryag.core.cleanup.KindReport;
import dev.gryag.core.config.Configuration;
import dev.gryag.core.context.ChatSummary;
import dev.gryag.core.context.MessageStore;
import dev.gryag.core.model.Author;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.MessageRef;
import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scheduler's compaction on the real wiring (embedded PostgreSQL, the LLM and Telegram
 * adapters, Guice) against fake model and Bot API servers on loopback: messages past retention are
 * summarised by the model and deleted, the summary reaches the next reply's prompt, and a model
 * that fails keeps the messages for the next run.
 */
class BotSummariesIT {

  private static final long GROUP = -1009876543210L;
  private static final Member ALICE = new Member(201, "Аліса", "alice");
  private static final Member BOB = new Member(202, "Bob", "bob");
  private static final String SUMMARY =
      "Аліса і Bob планували поїздку до Львова на травневі, квитки купує Bob.";
  private static final String SUMMARY_INSTRUCTION = "You keep the long-term memory of a group chat";

  @TempDir Path home;
  private FakeTelegram telegram;
  private FakeModels models;
  private BotApplication bot;

  @BeforeEach
  void startFakes() throws Exception {
    telegram = new FakeTelegram();
    models = new FakeModels();
    models.geminiAnswer =
        body -> body.contains(SUMMARY_INSTRUCTION) ? SUMMARY : FakeModels.GEMINI_ANSWER;
  }

  @AfterEach
  void stopEverything() {
    if (bot != null) {
      bot.close();
    }
    telegram.close();
    models.close();
  }

  private BotApplication startBot(String providers) {
    Map<String, String> env = FakeEnvironment.of(telegram, models, home);
    env.put("GRYAG_LLM_PROVIDERS", providers);
    env.put("GRYAG_RETENTION_MESSAGES", "30d");
    return BotApplication.start(Configuration.load(SettingsRegistry.all(), env));
  }

  /**
   * Messages of the group sent {@code daysAgo} days ago, a minute apart, ids from {@code first}.
   */
  private List<ChatMessage> storeOld(long first, int daysAgo, String... texts) {
    MessageStore messages = bot.component(MessageStore.class);
    Instant start = Instant.now().minus(Duration.ofDays(daysAgo)).truncatedTo(ChronoUnit.SECONDS);
    List<ChatMessage> stored = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      Member member = i % 2 == 0 ? ALICE : BOB;
      ChatMessage message =
          ChatMessage.text(
              MessageRef.of(GROUP, first + i),
              Author.person(member.id(), member.firstName(), member.username()),
              start.plus(Duration.ofMinutes(i)),
              texts[i]);
      assertThat(messages.append(message)).isTrue();
      stored.add(message);
    }
    return stored;
  }

  @Test
  void oldMessagesAreSummarisedThenDeletedAndTheSummaryReachesTheNextPrompt() throws Exception {
    bot = startBot("gemini,openai");
    List<ChatMessage> old =
        storeOld(
            10_001,
            45,
            "Поїдемо до Львова на травневі?",
            "Так! Я куплю квитки на потяг.",
            "Беру з собою каву і термос.");
    ChatMessage pinned = storeOld(10_010, 44, "Адреса квартири: вул. Городоцька, 5").getFirst();
    MessageStore messages = bot.component(MessageStore.class);
    messages.markImportant(pinned.ref(), true);
    ChatMessage recent = storeOld(10_020, 3, "Нагадую про Львів").getFirst();

    KindReport report = messagesReport(bot.cleanupNow().orElseThrow());

    assertThat(report.removed()).isEqualTo(3);
    assertThat(report.summaries()).isEqualTo(1);
    assertThat(report.summaryFailures()).isZero();
    old.forEach(m -> assertThat(messages.find(m.ref())).as("%s deleted", m.ref()).isEmpty());
    assertThat(messages.find(pinned.ref())).as("the important message stays").isPresent();
    assertThat(messages.find(recent.ref())).as("a message within retention stays").isPresent();
    String summaryPrompt = models.geminiRequests.getFirst();
    assertThat(summaryPrompt)
        .contains(SUMMARY_INSTRUCTION)
        .contains("Поїдемо до Львова на травневі?")
        .doesNotContain("Городоцька");
    List<ChatSummary> stored = bot.component(ChatSummaryStore.class).recent(ChatId.of(GROUP), 5);
    assertThat(stored).hasSize(1);
    assertThat(stored.getFirst().text()).isEqualTo(SUMMARY);
    assertThat(stored.getFirst().provider()).isEqualTo("gemini");
    assertThat(stored.getFirst().messages()).isEqualTo(3);
    assertThat(stored.getFirst().firstMessageId()).isEqualTo(10_001);
    assertThat(stored.getFirst().lastMessageId()).isEqualTo(10_003);
    assertThat(summariesCounted("written")).isEqualTo(1);

    models.geminiRequests.clear();
    telegram.post(GROUP, "Подорожі", ALICE, "@gryag_bot хто купує квитки?", null);
    assertThat(telegram.awaitSent(1).getFirst().path("text").asText())
        .isEqualTo(FakeModels.GEMINI_ANSWER);
    String replyPrompt = models.geminiRequests.getFirst();
    assertThat(replyPrompt).doesNotContain(SUMMARY_INSTRUCTION).contains(SUMMARY);
  }

  @Test
  void aModelThatFailsKeepsTheMessagesForTheNextRun() throws Exception {
    bot = startBot("gemini");
    List<ChatMessage> old =
        storeOld(20_001, 60, "Хто пам'ятає пароль від Wi-Fi?", "Він на холодильнику.");
    MessageStore messages = bot.component(MessageStore.class);
    ChatSummaryStore summaries = bot.component(ChatSummaryStore.class);
    models.geminiDown.set(true);

    KindReport failed = messagesReport(bot.cleanupNow().orElseThrow());

    assertThat(failed.removed()).isZero();
    assertThat(failed.summaryFailures()).isEqualTo(1);
    assertThat(failed.remaining()).isEqualTo(2);
    old.forEach(m -> assertThat(messages.find(m.ref())).as("%s kept", m.ref()).isPresent());
    assertThat(summaries.recent(ChatId.of(GROUP), 5)).isEmpty();
    assertThat(summariesCounted("failed")).isEqualTo(1);

    models.geminiDown.set(false);
    KindReport succeeded = messagesReport(bot.cleanupNow().orElseThrow());

    assertThat(succeeded.removed()).isEqualTo(2);
    assertThat(succeeded.summaries()).isEqualTo(1);
    old.forEach(m -> assertThat(messages.find(m.ref())).isEmpty());
    assertThat(summaries.recent(ChatId.of(GROUP), 5))
        .extracting(ChatSummary::text)
        .containsExactly(SUMMARY);
  }

  private static KindReport messagesReport(CleanupReport report) {
    return report.kind(DataKind.MESSAGES).orElseThrow();
  }

  private double summariesCounted(String result) {
    for (MetricSnapshot snapshot : bot.component(BotMetrics.class).registry().scrape()) {
      if (snapshot instanceof CounterSnapshot counter
          && counter.getMetadata().getName().equals("gryag_cleanup_summaries")) {
        return counter.getDataPoints().stream()
            .filter(p -> result.equals(p.getLabels().get("result")))
            .mapToDouble(CounterSnapshot.CounterDataPointSnapshot::getValue)
            .sum();
      }
    }
    return 0;
  }
}
