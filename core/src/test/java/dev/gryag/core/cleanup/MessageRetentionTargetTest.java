package dev.gryag.core.cleanup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gryag.core.StoreException;
import dev.gryag.core.cleanup.RetentionPolicy.MessageRetention;
import dev.gryag.core.context.ChatSummary;
import dev.gryag.core.llm.Completion;
import dev.gryag.core.llm.LanguageModelException;
import dev.gryag.core.model.Author;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.MessageRef;
import dev.gryag.core.model.UserId;
import dev.gryag.core.personalization.ExtractedFact;
import dev.gryag.core.personalization.FactCategory;
import dev.gryag.core.personalization.InMemoryFactStore;
import dev.gryag.core.personalization.InMemoryPreferenceStore;
import dev.gryag.core.personalization.InMemoryProfileStore;
import dev.gryag.core.personalization.PersonalizationService;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class MessageRetentionTargetTest {

  private static final ChatId CHAT = ChatId.of(-100);
  private static final ChatId OTHER = ChatId.of(-200);
  private static final Instant NOW = Instant.parse("2025-06-01T00:00:00Z");
  private static final Author ALICE = Author.person(1, "Аліса", "alice");
  private static final Author BOB = Author.person(2, "Bob", null);

  private final InMemoryExpiringMessages messages = new InMemoryExpiringMessages();
  private final InMemoryChatSummaryStore summaries = new InMemoryChatSummaryStore();

  private static RetentionPolicy policy(Duration maxAge, int maxPerChat, Compaction compaction) {
    return new RetentionPolicy(
        new MessageRetention(maxAge, maxPerChat, compaction),
        Duration.ofDays(180),
        0.1,
        Duration.ofDays(7),
        Duration.ofDays(730));
  }

  private ChatMessage add(ChatId chat, long id, Author author, Instant at) {
    ChatMessage message =
        ChatMessage.text(new MessageRef(chat, id), author, at, "повідомлення " + id);
    messages.append(message);
    return message;
  }

  private static BatchResult drain(RetentionTarget.Sweep sweep, int limit) {
    int removed = 0;
    int summaries = 0;
    int failures = 0;
    BatchResult batch;
    do {
      batch = sweep.next(limit);
      removed += batch.removed();
      summaries += batch.summaries();
      failures += batch.summaryFailures();
    } while (!batch.done());
    return new BatchResult(removed, summaries, failures, true);
  }

  private Compactor compactor(ScriptedLanguageModel model) {
    return new Compactor(new LanguageModelSummarizer(model), summaries, (chat, member) -> false);
  }

  @Test
  void messagesOlderThanTheMaxAgeGoAndNewerOnesStay() {
    for (int i = 1; i <= 10; i++) {
      add(CHAT, i, ALICE, NOW.minus(Duration.ofDays(15 - i))); // ids 1..5 are more than 10 days old
    }
    RetentionTarget target =
        RetentionTargets.messages(
            messages,
            policy(Duration.ofDays(10), 1000, Compaction.OFF),
            ref -> false,
            Optional.empty());

    assertThat(target.countDue(NOW)).isEqualTo(4);
    BatchResult result = drain(target.sweep(NOW), 3);

    assertThat(result.removed()).isEqualTo(4);
    assertThat(messages.all(CHAT))
        .extracting(ChatMessage::messageId)
        .containsExactly(5L, 6L, 7L, 8L, 9L, 10L);
    assertThat(target.countDue(NOW)).isZero();
  }

  @Test
  void eachChatKeepsItsNewestMessagesUpToTheCount() {
    for (int i = 1; i <= 8; i++) {
      add(CHAT, i, ALICE, NOW.minusSeconds(100 - i));
      add(OTHER, i, BOB, NOW.minusSeconds(100 - i));
    }
    RetentionTarget target =
        RetentionTargets.messages(
            messages,
            policy(Duration.ofDays(10), 3, Compaction.OFF),
            ref -> false,
            Optional.empty());

    assertThat(drain(target.sweep(NOW), 4).removed()).isEqualTo(10);
    assertThat(messages.all(CHAT)).extracting(ChatMessage::messageId).containsExactly(6L, 7L, 8L);
    assertThat(messages.all(OTHER)).extracting(ChatMessage::messageId).containsExactly(6L, 7L, 8L);
  }

  @Test
  void importantMessagesAreKeptAndEverythingElseOldGoes() {
    InMemoryFactStore facts = new InMemoryFactStore();
    PersonalizationService personalization =
        PersonalizationService.builder(
                new InMemoryProfileStore(), facts, new InMemoryPreferenceStore())
            .build();
    InMemoryExpiringMessages store = new InMemoryExpiringMessages(facts::isEvidence, false);
    for (int i = 1; i <= 6; i++) {
      store.append(
          ChatMessage.text(
              new MessageRef(CHAT, i), ALICE, NOW.minus(Duration.ofDays(100 + i)), "old " + i));
    }
    store.pin(new MessageRef(CHAT, 5));
    personalization.remember(
        CHAT,
        ALICE.id(),
        new ExtractedFact(FactCategory.LOCATION, "city", "Києві", 0.9),
        new MessageRef(CHAT, 2),
        NOW);
    RetentionTarget target =
        RetentionTargets.messages(
            store,
            policy(Duration.ofDays(10), 1000, Compaction.OFF),
            facts::isEvidence,
            Optional.empty());

    assertThat(target.countDue(NOW)).isEqualTo(4);
    assertThat(drain(target.sweep(NOW), 2).removed()).isEqualTo(4);
    assertThat(store.all(CHAT)).extracting(ChatMessage::messageId).containsExactly(5L, 2L);
  }

  @Test
  void importantMessagesAreNeverDeletedEvenIfTheMessageSideOffersThem() {
    InMemoryExpiringMessages leaky = new InMemoryExpiringMessages(ref -> false, true);
    for (int i = 1; i <= 6; i++) {
      leaky.append(
          ChatMessage.text(
              new MessageRef(CHAT, i), ALICE, NOW.minus(Duration.ofDays(100 + i)), "old " + i));
    }
    RetentionTarget target =
        RetentionTargets.messages(
            leaky,
            policy(Duration.ofDays(10), 1000, Compaction.OFF),
            ref -> ref.messageId() % 2 == 0,
            Optional.empty());

    drain(target.sweep(NOW), 10);

    assertThat(leaky.all(CHAT)).extracting(ChatMessage::messageId).containsExactly(6L, 4L, 2L);
  }

  @Test
  void compactionSummarisesEachChunkBeforeDeletingIt() {
    for (int i = 1; i <= 450; i++) {
      add(CHAT, i, i % 2 == 0 ? ALICE : BOB, NOW.minus(Duration.ofDays(30)).plusSeconds(i * 60L));
    }
    ScriptedLanguageModel model = ScriptedLanguageModel.answering("  Обговорювали реліз.  ");
    RetentionTarget target =
        RetentionTargets.messages(
            messages,
            policy(Duration.ofDays(10), 1000, Compaction.BEST_EFFORT),
            ref -> false,
            Optional.of(compactor(model)));

    BatchResult result = drain(target.sweep(NOW), 1000);

    assertThat(result.removed()).isEqualTo(450);
    assertThat(result.summaries()).isEqualTo(3);
    assertThat(model.requests()).hasSize(3);
    assertThat(summaries.recent(CHAT, 10))
        .extracting(ChatSummary::firstMessageId, ChatSummary::lastMessageId, ChatSummary::messages)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(401L, 450L, 50),
            org.assertj.core.groups.Tuple.tuple(201L, 400L, 200),
            org.assertj.core.groups.Tuple.tuple(1L, 200L, 200));
    ChatSummary first = summaries.recent(CHAT, 10).get(2);
    assertThat(first.text()).isEqualTo("Обговорювали реліз.");
    assertThat(first.provider()).isEqualTo("scripted");
    assertThat(first.from()).isEqualTo(NOW.minus(Duration.ofDays(30)).plusSeconds(60));
    assertThat(first.createdAt()).isEqualTo(NOW);
    assertThat(model.requests().get(0).turns().get(0).text())
        .contains("] <q from=\"Bob\">повідомлення 1</q>\n");
  }

  @Test
  void summariesLeaveOutMembersWhoOptedOut() {
    add(CHAT, 1, ALICE, NOW.minus(Duration.ofDays(30)));
    add(CHAT, 2, BOB, NOW.minus(Duration.ofDays(30)).plusSeconds(5));
    add(CHAT, 3, BOB, NOW.minus(Duration.ofDays(29)));
    ScriptedLanguageModel model = ScriptedLanguageModel.answering("Bob talked.");
    Compactor private_ =
        new Compactor(
            new LanguageModelSummarizer(model),
            summaries,
            (chat, member) -> member.equals(ALICE.id()));
    RetentionTarget target =
        RetentionTargets.messages(
            messages,
            policy(Duration.ofDays(10), 1000, Compaction.REQUIRED),
            ref -> false,
            Optional.of(private_));

    assertThat(drain(target.sweep(NOW), 100).removed()).isEqualTo(3);

    assertThat(model.requests().get(0).turns().get(0).text())
        .doesNotContain("Аліса")
        .contains("Bob");
    assertThat(summaries.recent(CHAT, 1).get(0).messages()).isEqualTo(2);
    assertThat(summaries.recent(CHAT, 1).get(0).firstMessageId()).isEqualTo(2);
    assertThat(summaries.recent(CHAT, 1).get(0).authors())
        .as("the authors of what it covers, so forgetting one of them drops it")
        .containsExactly(BOB.id());
  }

  @Test
  void bestEffortCompactionDeletesEvenWhenTheModelFails() {
    add(CHAT, 1, ALICE, NOW.minus(Duration.ofDays(30)));
    ScriptedLanguageModel model =
        new ScriptedLanguageModel(request -> {
          throw new LanguageModelException(LanguageModelException.Kind.TRANSIENT, "gemini", "503");
        });
    RetentionTarget target =
        RetentionTargets.messages(
            messages,
            policy(Duration.ofDays(10), 1000, Compaction.BEST_EFFORT),
            ref -> false,
            Optional.of(compactor(model)));

    BatchResult result = drain(target.sweep(NOW), 100);

    assertThat(result.removed()).isEqualTo(1);
    assertThat(result.summaryFailures()).isEqualTo(1);
    assertThat(summaries.recent(CHAT, 10)).isEmpty();
  }

  @Test
  void requiredCompactionKeepsTheMessagesUntilASummarySucceeds() {
    add(CHAT, 1, ALICE, NOW.minus(Duration.ofDays(30)));
    add(OTHER, 1, BOB, NOW.minus(Duration.ofDays(30)));
    AtomicBoolean modelUp = new AtomicBoolean(false);
    ScriptedLanguageModel model =
        new ScriptedLanguageModel(request ->
            modelUp.get()
                ? new Completion.Answer("ok", "stop", null, "groq", 1)
                : new Completion.Blocked("SAFETY", null, "gemini", 1));
    RetentionTarget target =
        RetentionTargets.messages(
            messages,
            policy(Duration.ofDays(10), 1000, Compaction.REQUIRED),
            ref -> false,
            Optional.of(compactor(model)));

    BatchResult failed = drain(target.sweep(NOW), 100);
    assertThat(failed.removed()).isZero();
    assertThat(failed.summaryFailures()).isEqualTo(2);
    assertThat(messages.all(CHAT)).hasSize(1);

    modelUp.set(true);
    BatchResult succeeded = drain(target.sweep(NOW), 100);
    assertThat(succeeded.removed()).isEqualTo(2);
    assertThat(succeeded.summaries()).isEqualTo(2);
    assertThat(summaries.recent(OTHER, 1).get(0).provider()).isEqualTo("groq");
  }

  @Test
  void requiredCompactionKeepsTheMessagesWhenTheModelIsDown() {
    add(CHAT, 1, ALICE, NOW.minus(Duration.ofDays(30)));
    add(CHAT, 2, BOB, NOW.minus(Duration.ofDays(29)));
    ScriptedLanguageModel down =
        new ScriptedLanguageModel(request -> {
          throw new LanguageModelException(
              LanguageModelException.Kind.TRANSIENT, "gemini", "503 overloaded");
        });
    RetentionTarget target =
        RetentionTargets.messages(
            messages,
            policy(Duration.ofDays(10), 1000, Compaction.REQUIRED),
            ref -> false,
            Optional.of(compactor(down)));

    BatchResult result = drain(target.sweep(NOW), 100);

    assertThat(result.removed()).isZero();
    assertThat(result.summaryFailures()).isEqualTo(1);
    assertThat(messages.all(CHAT)).extracting(ChatMessage::messageId).containsExactly(1L, 2L);
    assertThat(summaries.recent(CHAT, 10)).isEmpty();
    assertThat(target.countDue(NOW)).isEqualTo(2);
  }

  @Test
  void aSummaryThatCannotBeStoredKeepsItsMessages() {
    add(CHAT, 1, ALICE, NOW.minus(Duration.ofDays(30)));
    ChatSummaryStore broken =
        new ChatSummaryStore() {
          @Override
          public void save(ChatSummary summary) {
            throw new StoreException("the database is gone", new java.io.IOException("reset"));
          }

          @Override
          public java.util.List<ChatSummary> recent(ChatId chat, int limit) {
            return summaries.recent(chat, limit);
          }

          @Override
          public long countEndedBefore(Instant cutoff) {
            return summaries.countEndedBefore(cutoff);
          }

          @Override
          public int deleteEndedBefore(Instant cutoff, int limit) {
            return summaries.deleteEndedBefore(cutoff, limit);
          }

          @Override
          public int move(dev.gryag.core.model.ChatMigration migration) {
            return summaries.move(migration);
          }

          @Override
          public java.util.List<ChatId> chats() {
            return summaries.chats();
          }

          @Override
          public int deleteIf(
              ChatId chat, java.util.function.Predicate<? super ChatSummary> condition) {
            return summaries.deleteIf(chat, condition);
          }
        };
    RetentionTarget target =
        RetentionTargets.messages(
            messages,
            policy(Duration.ofDays(10), 1000, Compaction.BEST_EFFORT),
            ref -> false,
            Optional.of(
                new Compactor(
                    new LanguageModelSummarizer(ScriptedLanguageModel.answering("Аліса була тут.")),
                    broken,
                    (chat, member) -> false)));

    assertThatThrownBy(() -> target.sweep(NOW).next(100))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("the database is gone");
    assertThat(messages.all(CHAT)).hasSize(1);
  }

  @Test
  void compactionOffNeverCallsTheModelAndRequiredNeedsASummariser() {
    add(CHAT, 1, ALICE, NOW.minus(Duration.ofDays(30)));
    ScriptedLanguageModel model = ScriptedLanguageModel.answering("never");
    RetentionTarget off =
        RetentionTargets.messages(
            messages,
            policy(Duration.ofDays(10), 1000, Compaction.OFF),
            ref -> false,
            Optional.of(compactor(model)));

    assertThat(drain(off.sweep(NOW), 10).removed()).isEqualTo(1);
    assertThat(model.requests()).isEmpty();
    assertThatThrownBy(() ->
            RetentionTargets.messages(
                messages,
                policy(Duration.ofDays(10), 1000, Compaction.REQUIRED),
                ref -> false,
                Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("REQUIRED");
    assertThat(UserId.of(1)).isEqualTo(ALICE.id());
  }
}
