package dev.gryag.core.cleanup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gryag.core.cleanup.RetentionPolicy.MessageRetention;
import dev.gryag.core.model.Author;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.MessageRef;
import dev.gryag.core.personalization.ExtractedFact;
import dev.gryag.core.personalization.FactCategory;
import dev.gryag.core.personalization.InMemoryFactStore;
import dev.gryag.core.personalization.InMemoryPreferenceStore;
import dev.gryag.core.personalization.InMemoryProfileStore;
import dev.gryag.core.personalization.PersonalizationService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The targets the bot and {@code gryag cleanup} run, over one set of stores. */
class StandardTargetsTest {

  private static final ChatId CHAT = ChatId.of(-300);
  private static final Instant NOW = Instant.parse("2025-06-01T00:00:00Z");
  private static final Author ALICE = Author.person(1, "Аліса", "alice");

  private final InMemoryFactStore facts = new InMemoryFactStore();
  private final InMemoryProfileStore profiles = new InMemoryProfileStore();
  private final InMemoryChatSummaryStore summaries = new InMemoryChatSummaryStore();
  private final PersonalizationService people =
      PersonalizationService.builder(profiles, facts, new InMemoryPreferenceStore()).build();
  // Offers every old message, important or not: the targets must keep a fact's source anyway.
  private final InMemoryExpiringMessages messages =
      new InMemoryExpiringMessages(ref -> false, true);

  private static RetentionPolicy policy(Compaction compaction) {
    RetentionPolicy defaults = RetentionPolicy.DEFAULTS;
    return new RetentionPolicy(
        new MessageRetention(Duration.ofDays(30), 1000, compaction),
        defaults.profileIdleAfter(),
        defaults.factFloor(),
        defaults.analysisCacheMaxAge(),
        defaults.summaryMaxAge());
  }

  @Test
  void oldMessagesAreSummarisedThenDeletedKeepingAFactsSourceAndEveryKindIsReported() {
    for (long id = 1; id <= 3; id++) {
      messages.append(
          ChatMessage.text(
              new MessageRef(CHAT, id), ALICE, NOW.minus(Duration.ofDays(60 - id)), "old " + id));
    }
    people.remember(
        CHAT,
        ALICE.id(),
        new ExtractedFact(FactCategory.LOCATION, "city", "Києві", 0.9),
        new MessageRef(CHAT, 2),
        NOW);
    ScriptedLanguageModel model = ScriptedLanguageModel.answering("Аліса розповідала про Київ.");
    CleanupService cleanup =
        new CleanupService(
            RetentionTargets.standard(
                messages,
                profiles,
                facts,
                summaries,
                policy(Compaction.REQUIRED),
                Optional.of(
                    new Compactor(
                        new LanguageModelSummarizer(model), summaries, people::optedOut))),
            Clock.fixed(NOW, ZoneOffset.UTC));

    CleanupReport report = cleanup.run(CleanupOptions.DEFAULTS);

    assertThat(cleanup.kinds())
        .containsExactly(DataKind.MESSAGES, DataKind.PROFILES, DataKind.FACTS, DataKind.SUMMARIES);
    assertThat(report.kind(DataKind.MESSAGES).orElseThrow().removed()).isEqualTo(2);
    assertThat(report.kind(DataKind.MESSAGES).orElseThrow().summaries()).isEqualTo(1);
    assertThat(messages.all(CHAT)).extracting(ChatMessage::messageId).containsExactly(2L);
    assertThat(summaries.recent(CHAT, 5))
        .singleElement()
        .satisfies(s -> {
          assertThat(s.text()).isEqualTo("Аліса розповідала про Київ.");
          assertThat(s.messages()).isEqualTo(2);
        });
  }

  @Test
  void requiredCompactionWithoutACompactorIsRefused() {
    assertThatThrownBy(() ->
            RetentionTargets.standard(
                messages,
                profiles,
                facts,
                summaries,
                policy(Compaction.REQUIRED),
                Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("REQUIRED");
  }
}
