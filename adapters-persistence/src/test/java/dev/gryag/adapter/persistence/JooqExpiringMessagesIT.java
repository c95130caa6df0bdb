package dev.gryag.adapter.persistence;

import static dev.gryag.adapter.persistence.TestMessages.CHAT_ID;
import static dev.gryag.adapter.persistence.TestMessages.T0;
import static dev.gryag.adapter.persistence.TestMessages.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gryag.core.cleanup.BatchResult;
import dev.gryag.core.cleanup.Compaction;
import dev.gryag.core.cleanup.RetentionPolicy;
import dev.gryag.core.cleanup.RetentionPolicy.MessageRetention;
import dev.gryag.core.cleanup.RetentionTarget;
import dev.gryag.core.cleanup.RetentionTargets;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.MessageRef;
import dev.gryag.core.model.UserId;
import dev.gryag.core.personalization.Fact;
import dev.gryag.core.personalization.FactCategory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link JooqExpiringMessages} as its port's Javadoc states it, and under core's retention. */
class JooqExpiringMessagesIT {

  private static PostgresDatabase database;
  private static DSLContext dsl;
  private static JooqMessageStore messages;
  private static JooqFactStore facts;
  private static JooqExpiringMessages expiring;

  @BeforeAll
  static void start() {
    database = TestDatabases.freshDatabase();
    dsl = database.dsl();
    messages = new JooqMessageStore(database);
    facts = new JooqFactStore(database);
    expiring = new JooqExpiringMessages(database);
  }

  @AfterAll
  static void stop() {
    database.close();
  }

  /** Ten messages 1..10 (message n sent n seconds after T0); 2 pinned, 3 a fact's source. */
  @BeforeEach
  void tenMessages() {
    TestDatabases.deleteAllRows(database);
    List<ChatMessage> batch = new ArrayList<>();
    for (long id = 1; id <= 10; id++) {
      batch.add(text(id, "m" + id));
    }
    batch.add(text(-1005555L, 1, "elsewhere"));
    messages.appendAll(batch);
    messages.markImportant(MessageRef.of(TestMessages.CHAT, 2), true);
    Fact cited =
        new Fact(
            CHAT_ID,
            UserId.of(101),
            FactCategory.WORK,
            "occupation",
            "лікар",
            0.9,
            1,
            MessageRef.of(TestMessages.CHAT, 3),
            T0,
            T0);
    facts.update(CHAT_ID, UserId.of(101), "occupation", current -> Optional.of(cited));
  }

  private static List<Long> ids(List<ChatMessage> list) {
    return list.stream().map(ChatMessage::messageId).toList();
  }

  @Test
  void oldMessagesExpireOldestFirstSkippingPinnedAndCitedOnes() {
    Instant cutoff = T0.plusSeconds(7); // 1..6 are older

    assertThat(ids(expiring.expired(CHAT_ID, cutoff, 1_000, 100))).containsExactly(1L, 4L, 5L, 6L);
    assertThat(ids(expiring.expired(CHAT_ID, cutoff, 1_000, 2))).containsExactly(1L, 4L);
    assertThat(expiring.countExpired(CHAT_ID, cutoff, 1_000)).isEqualTo(4);
  }

  @Test
  void messagesBeyondTheNewestFewExpireWhateverTheirAge() {
    // Keep the newest 3 (8, 9, 10): 1..7 have at least 3 newer ones.
    assertThat(ids(expiring.expired(CHAT_ID, T0, 3, 100))).containsExactly(1L, 4L, 5L, 6L, 7L);
    assertThat(expiring.countExpired(CHAT_ID, T0, 3)).isEqualTo(5);
    assertThat(expiring.countExpired(CHAT_ID, T0, 10)).isZero();
    assertThat(expiring.countExpired(ChatId.of(-42), T0.plusSeconds(100), 0)).isZero();
  }

  @Test
  void deleteIsIdempotentAndNeverDeletesAMessageThatBecameImportant() {
    assertThat(expiring.delete(CHAT_ID, List.of(1L, 2L, 3L, 4L, 99L))).isEqualTo(2);
    assertThat(expiring.delete(CHAT_ID, List.of(1L, 4L))).isZero();
    assertThat(messages.find(MessageRef.of(TestMessages.CHAT, 2))).isPresent();
    assertThat(messages.find(MessageRef.of(TestMessages.CHAT, 3))).isPresent();
    assertThat(expiring.chats())
        .containsExactly(ChatId.of(TestMessages.CHAT), ChatId.of(-1005555L));
  }

  @Test
  void coreRetentionSweepsThroughItInBatches() {
    RetentionPolicy defaults = RetentionPolicy.DEFAULTS;
    RetentionPolicy policy =
        new RetentionPolicy(
            new MessageRetention(Duration.ofDays(1), 4, Compaction.OFF),
            defaults.profileIdleAfter(),
            defaults.factFloor(),
            defaults.analysisCacheMaxAge(),
            defaults.summaryMaxAge());
    RetentionTarget target =
        RetentionTargets.messages(expiring, policy, facts::isEvidence, Optional.empty());
    Instant now = T0.plusSeconds(60);

    assertThat(target.countDue(now)).isEqualTo(4); // 1, 4, 5, 6 (keep 7..10)
    RetentionTarget.Sweep sweep = target.sweep(now);
    long removed = 0;
    for (BatchResult batch = sweep.next(3); ; batch = sweep.next(3)) {
      removed += batch.removed();
      if (batch.done()) {
        break;
      }
    }

    assertThat(removed).isEqualTo(4);
    assertThat(ids(messages.recent(CHAT_ID, 20))).containsExactly(2L, 3L, 7L, 8L, 9L, 10L);
  }

  @Test
  void aBatchWalksATimeIndexUpToItsBound() {
    List<ChatMessage> many = new ArrayList<>();
    for (long id = 11; id <= 3_000; id++) {
      many.add(text(id, "m" + id));
    }
    messages.appendAll(many);
    dsl.execute("analyze message");

    String plan =
        dsl.explain(
                JooqExpiringMessages.expiredQuery(dsl, CHAT_ID, T0.plusSeconds(100), 1_000, 500))
            .plan();
    // Oldest first on a time index (the chat's, or the unimportant messages' across chats, as the
    // planner estimates), stopping at the later of the cutoff and the keepNewest-th newest message.
    assertThat(plan)
        .containsPattern("Index Scan using message_(chat_time|cleanup)_idx on message ")
        .containsPattern("Index Cond: .*sent_at <= GREATEST\\(")
        .contains("member_fact_source_idx")
        .doesNotContain("Seq Scan on message");
  }
}
