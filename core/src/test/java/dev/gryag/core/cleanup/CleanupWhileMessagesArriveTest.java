package dev.gryag.core.cleanup;

import static dev.gryag.core.personalization.PersonalizationFixtures.analysis;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gryag.core.context.ChatSummary;
import dev.gryag.core.model.Author;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.MessageRef;
import dev.gryag.core.personalization.InMemoryFactStore;
import dev.gryag.core.personalization.InMemoryPreferenceStore;
import dev.gryag.core.personalization.InMemoryProfileStore;
import dev.gryag.core.personalization.PersonalizationService;
import dev.gryag.core.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Cleanup runs again and again while writers keep adding messages, profiles and facts. */
class CleanupWhileMessagesArriveTest {

  private static final Instant NOW = Instant.parse("2025-06-01T00:00:00Z");
  private static final int CHATS = 4;
  private static final int OLD_PER_CHAT = 1_500;
  private static final int FRESH_PER_CHAT = 2_000;

  @Test
  void onlyWhatWasDueGoesAndEverythingArrivingMeanwhileStays() throws Exception {
    InMemoryProfileStore profiles = new InMemoryProfileStore();
    InMemoryFactStore facts = new InMemoryFactStore();
    InMemoryChatSummaryStore summaries = new InMemoryChatSummaryStore();
    InMemoryExpiringMessages messages = new InMemoryExpiringMessages(facts::isEvidence, false);
    TestClock clock = new TestClock(NOW);
    PersonalizationService personalization =
        PersonalizationService.builder(profiles, facts, new InMemoryPreferenceStore())
            .clock(clock)
            .build();
    // Old history: 200 days ago, members who have been silent since. Every 100th message states
    // a fact of a member of its own, so it stays as that fact's evidence.
    for (int chat = 1; chat <= CHATS; chat++) {
      for (int i = 1; i <= OLD_PER_CHAT; i++) {
        ChatMessage old =
            message(
                chat,
                i,
                i % 100 == 0 ? 2000 + i : 1000 + i % 50,
                NOW.minus(Duration.ofDays(200)).plusSeconds(i),
                i % 100 == 0 ? "Я живу в Києві" : "старе " + i);
        messages.append(old);
        personalization.observe(old, analysis().words(2).build());
      }
    }
    ScriptedLanguageModel model = ScriptedLanguageModel.answering("Підсумок періоду.");
    RetentionPolicy policy = RetentionPolicy.DEFAULTS;
    CountDownLatch firstBatch = new CountDownLatch(1);
    RetentionTarget messageTarget =
        signalling(
            RetentionTargets.messages(
                messages,
                policy,
                facts::isEvidence,
                Optional.of(
                    new Compactor(
                        new LanguageModelSummarizer(model), summaries, personalization::optedOut))),
            firstBatch);
    CleanupService cleanup =
        new CleanupService(
            List.of(
                messageTarget,
                RetentionTargets.profiles(profiles, policy),
                RetentionTargets.facts(facts, policy, Duration.ofDays(365))),
            clock);

    ConcurrentLinkedQueue<ChatMessage> arrived = new ConcurrentLinkedQueue<>();
    CountDownLatch writing = new CountDownLatch(CHATS);
    ExecutorService writers = Executors.newFixedThreadPool(CHATS);
    List<Future<?>> done = new ArrayList<>();
    for (int chat = 1; chat <= CHATS; chat++) {
      int c = chat;
      done.add(
          writers.submit(() -> {
            long id = OLD_PER_CHAT + 1;
            writing.countDown();
            for (int n = 0; n < FRESH_PER_CHAT; n++) {
              if (n == FRESH_PER_CHAT / 2) {
                // The second half arrives while the cleanup is under way.
                assertThat(firstBatch.await(30, TimeUnit.SECONDS)).isTrue();
              }
              ChatMessage fresh = message(c, id, 5000 + id % 7, NOW.plusSeconds(id), "нове " + id);
              messages.append(fresh);
              personalization.observe(fresh, analysis().words(2).build());
              arrived.add(fresh);
              id++;
            }
            return null;
          }));
    }
    writing.await();
    List<CleanupReport> reports = new ArrayList<>();
    do {
      reports.add(cleanup.run(new CleanupOptions(false, 97, Duration.ofSeconds(30))));
    } while (done.stream().anyMatch(f -> !f.isDone())
        || !reports.get(reports.size() - 1).complete());
    for (Future<?> future : done) {
      future.get();
    }
    writers.shutdown();
    assertThat(arrived).hasSize(CHATS * FRESH_PER_CHAT);

    long removedMessages =
        reports.stream().mapToLong(r -> r.kind(DataKind.MESSAGES).orElseThrow().removed()).sum();
    long evidence = (long) CHATS * (OLD_PER_CHAT / 100);
    assertThat(reports.get(reports.size() - 1).complete()).isTrue();
    assertThat(removedMessages).isEqualTo((long) CHATS * OLD_PER_CHAT - evidence);
    for (ChatMessage fresh : arrived) {
      assertThat(messages.contains(fresh.ref())).as("fresh message %s", fresh.ref()).isTrue();
      assertThat(profiles.find(fresh.chatId(), fresh.author().id()))
          .as("fresh member %s", fresh.author().id())
          .isPresent();
    }
    for (int chat = 1; chat <= CHATS; chat++) {
      ChatId id = ChatId.of(-chat);
      assertThat(messages.all(id))
          .filteredOn(m -> m.sentAt().isBefore(NOW))
          .allSatisfy(m -> assertThat(facts.isEvidence(m.ref())).isTrue());
      int summarised = summaries.recent(id, 1000).stream().mapToInt(ChatSummary::messages).sum();
      assertThat(summarised).isEqualTo(OLD_PER_CHAT - OLD_PER_CHAT / 100);
      assertThat(profiles.profiles(id))
          .allSatisfy(p -> assertThat(p.lastSeen()).isAfterOrEqualTo(NOW));
    }
  }

  /** {@code target}, counting {@code latch} down after each batch. */
  private static RetentionTarget signalling(RetentionTarget target, CountDownLatch latch) {
    return new RetentionTarget() {
      @Override
      public DataKind kind() {
        return target.kind();
      }

      @Override
      public long countDue(Instant now) {
        return target.countDue(now);
      }

      @Override
      public Sweep sweep(Instant now) {
        Sweep sweep = target.sweep(now);
        return limit -> {
          BatchResult batch = sweep.next(limit);
          latch.countDown();
          return batch;
        };
      }
    };
  }

  private static ChatMessage message(int chat, long id, long author, Instant at, String text) {
    return ChatMessage.text(
        new MessageRef(ChatId.of(-chat), id), Author.person(author, "M" + author, null), at, text);
  }
}
