package dev.gryag.adapter.persistence;

import static dev.gryag.adapter.persistence.jooq.Tables.CHAT_SUMMARY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gryag.core.cleanup.ChatSummaryStore;
import dev.gryag.core.cleanup.ChatSummaryStoreContract;
import dev.gryag.core.context.ChatSummary;
import dev.gryag.core.model.ChatId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link JooqChatSummaryStore} against the core contract, plus its indexes. */
class JooqChatSummaryStoreIT extends ChatSummaryStoreContract {

  @RegisterExtension static final FreshSchema db = new FreshSchema();

  @Override
  protected ChatSummaryStore newStore() {
    return new JooqChatSummaryStore(db.empty());
  }

  @Test
  void theHotQueriesUseTheirIndexes() {
    Instant t0 = Instant.parse("2025-01-01T00:00:00Z");
    for (int chat = 1; chat <= 200; chat++) {
      for (int day = 0; day < 20; day++) {
        Instant to = t0.plus(Duration.ofDays(day)).plusSeconds(chat);
        store.save(
            new ChatSummary(
                ChatId.of(-chat),
                day * 100L + 1,
                day * 100L + 100,
                to.minusSeconds(3600),
                to,
                100,
                "summary",
                "gemini",
                to));
      }
    }
    db.dsl().execute("vacuum analyze chat_summary");

    assertThat(
            db.dsl()
                .explain(
                    db.dsl()
                        .selectFrom(CHAT_SUMMARY)
                        .where(CHAT_SUMMARY.CHAT_ID.eq(-7L))
                        .orderBy(CHAT_SUMMARY.PERIOD_TO.desc(), CHAT_SUMMARY.LAST_MESSAGE_ID.desc())
                        .limit(5))
                .plan())
        .contains("chat_summary_recent_idx");
    assertThat(
            db.dsl()
                .explain(
                    Retention.deleteOldestQuery(
                        db.dsl(),
                        CHAT_SUMMARY,
                        CHAT_SUMMARY.PERIOD_TO.lt(t0.plus(Duration.ofDays(2))),
                        CHAT_SUMMARY.PERIOD_TO,
                        100))
                .plan())
        .contains("chat_summary_cleanup_idx");
    assertThat(store.recent(ChatId.of(-7), 2))
        .extracting(ChatSummary::firstMessageId)
        .containsExactly(1901L, 1801L);
  }
}
