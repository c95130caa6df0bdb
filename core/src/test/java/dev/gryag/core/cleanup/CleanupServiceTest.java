package dev.gryag.core.cleanup;

import static dev.gryag.core.personalization.PersonalizationFixtures.CHAT;
import static dev.gryag.core.personalization.PersonalizationFixtures.fact;
import static dev.gryag.core.personalization.PersonalizationFixtures.message;
import static dev.gryag.core.personalization.PersonalizationFixtures.words;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gryag.core.context.ChatSummary;
import dev.gryag.core.model.Author;
import dev.gryag.core.model.UserId;
import dev.gryag.core.personalization.InMemoryFactStore;
import dev.gryag.core.personalization.InMemoryProfileStore;
import dev.gryag.core.personalization.ProfileFolder;
import dev.gryag.core.personalization.ProfileSettings;
import dev.gryag.core.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CleanupServiceTest {

  private static final Instant NOW = Instant.parse("2025-06-01T00:00:00Z");
  private static final Duration HALF_LIFE = Duration.ofDays(365);

  private final InMemoryProfileStore profiles = new InMemoryProfileStore();
  private final InMemoryFactStore facts = new InMemoryFactStore();
  private final InMemoryChatSummaryStore summaries = new InMemoryChatSummaryStore();
  private final ProfileFolder folder = new ProfileFolder(ProfileSettings.DEFAULTS);
  private final RetentionPolicy policy = RetentionPolicy.DEFAULTS;

  private void member(long id, Instant lastSeen) {
    Author author = Author.person(id, "M" + id, null);
    profiles.update(
        CHAT,
        author.id(),
        p -> Optional.of(folder.fold(p, message(1, author, lastSeen, "x"), words(1), null)));
  }

  private void summary(long first, Instant to) {
    summaries.save(new ChatSummary(CHAT, first, first, to, to, 1, "s", "gemini", to));
  }

  private void fill() {
    for (int i = 0; i < 5; i++) {
      member(100 + i, NOW.minus(Duration.ofDays(200 + i))); // idle: go
    }
    member(200, NOW.minus(Duration.ofDays(10)));
    for (int i = 0; i < 3; i++) {
      UserId member = UserId.of(300 + i);
      Instant longAgo = NOW.minus(HALF_LIFE.multipliedBy(3)); // 0.5 fades to 0.0625: goes
      facts.update(
          CHAT, member, "age", f -> Optional.of(fact(CHAT, member, "age", "30", 0.5, longAgo)));
    }
    facts.update(
        CHAT,
        UserId.of(400),
        "age",
        f -> Optional.of(fact(CHAT, UserId.of(400), "age", "30", 0.9, NOW)));
    summary(1, NOW.minus(Duration.ofDays(800)));
    summary(2, NOW.minus(Duration.ofDays(10)));
  }

  private CleanupService service(TestClock clock) {
    return new CleanupService(
        List.of(
            RetentionTargets.profiles(profiles, policy),
            RetentionTargets.facts(facts, policy, HALF_LIFE),
            RetentionTargets.summaries(summaries, policy)),
        clock);
  }

  @Test
  void aDryRunCountsWhatIsDueAndDeletesNothing() {
    fill();

    CleanupReport report = service(new TestClock(NOW)).run(CleanupOptions.dryRunDefaults());

    assertThat(report.dryRun()).isTrue();
    assertThat(report.kind(DataKind.PROFILES).orElseThrow().remaining()).isEqualTo(5);
    assertThat(report.kind(DataKind.FACTS).orElseThrow().remaining()).isEqualTo(3);
    assertThat(report.kind(DataKind.SUMMARIES).orElseThrow().remaining()).isEqualTo(1);
    assertThat(report.removed()).isZero();
    assertThat(report.kind(DataKind.MESSAGES)).isEmpty();
    assertThat(profiles.countLastSeenBefore(NOW)).isEqualTo(6);
    assertThat(report.describe())
        .contains("profiles: would remove 5")
        .contains("facts: would remove 3");
  }

  @Test
  void aRunRemovesWhatIsDueInBatchesAndReportsPerKind() {
    fill();

    CleanupReport report =
        service(new TestClock(NOW)).run(new CleanupOptions(false, 2, Duration.ofSeconds(5)));

    assertThat(report.complete()).isTrue();
    assertThat(report.kinds())
        .extracting(
            KindReport::kind, KindReport::removed, KindReport::remaining, KindReport::batches)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(DataKind.PROFILES, 5L, 0L, 3),
            org.assertj.core.groups.Tuple.tuple(DataKind.FACTS, 3L, 0L, 2),
            org.assertj.core.groups.Tuple.tuple(DataKind.SUMMARIES, 1L, 0L, 1));
    assertThat(profiles.profiles(CHAT)).extracting(p -> p.member().value()).containsExactly(200L);
    assertThat(facts.facts(CHAT, UserId.of(400))).hasSize(1);
    assertThat(summaries.recent(CHAT, 10))
        .extracting(ChatSummary::firstMessageId)
        .containsExactly(2L);
    assertThat(report.describe()).contains("profiles: removed 5, 0 still due");
  }

  @Test
  void aRunStopsBetweenBatchesWhenItsBudgetIsSpentAndTheNextStartsWhereItStopped() {
    fill();
    TestClock clock = new TestClock(NOW, Duration.ofSeconds(1)); // every read costs a second
    CleanupService service = service(clock);

    CleanupReport first = service.run(new CleanupOptions(false, 1, Duration.ofSeconds(3)));

    assertThat(first.complete()).isFalse();
    KindReport profilesReport = first.kind(DataKind.PROFILES).orElseThrow();
    assertThat(profilesReport.finished()).isFalse();
    assertThat(profilesReport.removed()).isBetween(1L, 4L);
    assertThat(first.kind(DataKind.FACTS).orElseThrow().removed()).isZero();
    assertThat(first.describe()).contains("(stopped: time budget)");

    CleanupReport second = service.run(new CleanupOptions(false, 1, Duration.ofSeconds(4)));
    assertThat(second.kind(DataKind.PROFILES).orElseThrow().removed()).isPositive();

    CleanupReport rest = service.run(new CleanupOptions(false, 100, Duration.ofHours(1)));
    assertThat(rest.complete()).isTrue();
    assertThat(profiles.countLastSeenBefore(NOW.minus(Duration.ofDays(180)))).isZero();
    assertThat(facts.countFading(NOW, HALF_LIFE, 0.1)).isZero();
  }

  @Test
  void aKindWithNothingDueFinishesInOneBatch() {
    CleanupReport report = service(new TestClock(NOW)).run(CleanupOptions.DEFAULTS);

    assertThat(report.kinds()).allSatisfy(k -> assertThat(k.batches()).isEqualTo(1));
    assertThat(report.complete()).isTrue();
    assertThat(report.removed()).isZero();
  }

  @Test
  void twoTargetsForOneKindAreRejected() {
    assertThatThrownBy(() ->
            new CleanupService(
                List.of(
                    RetentionTargets.profiles(profiles, policy),
                    RetentionTargets.profiles(profiles, policy)),
                new TestClock(NOW)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PROFILES");
  }

  @Test
  void anyAgedDataCanBeCleaned() {
    java.util.concurrent.ConcurrentSkipListMap<Instant, String> cache =
        new java.util.concurrent.ConcurrentSkipListMap<>();
    for (int day = 0; day < 10; day++) {
      cache.put(NOW.minus(Duration.ofDays(day)), "analysis " + day);
    }
    RetentionTarget target =
        RetentionTargets.analysisCache(
            RetentionTarget.AgedData.of(
                cutoff -> cache.headMap(cutoff).size(),
                (cutoff, limit) -> {
                  int removed = 0;
                  while (removed < limit && !cache.isEmpty() && cache.firstKey().isBefore(cutoff)) {
                    cache.pollFirstEntry();
                    removed++;
                  }
                  return removed;
                }),
            policy);

    CleanupReport report =
        new CleanupService(List.of(target), new TestClock(NOW)).run(CleanupOptions.DEFAULTS);

    assertThat(report.kind(DataKind.ANALYSIS_CACHE).orElseThrow().removed())
        .isEqualTo(2); // days 8, 9
    assertThat(cache).hasSize(8);
  }
}
