package dev.gryag.core.cleanup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gryag.core.context.InMemoryMessageStore;
import dev.gryag.core.model.Author;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.MessageRef;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgedMessagesTargetTest {

  private static final Instant NOW = Instant.parse("2025-06-01T00:00:00Z");
  private static final Author ALICE = Author.person(1, "Аліса", "alice");

  @Test
  void deletesMessagesPastTheirAgeAndKeepsImportantAndRecentOnes() {
    InMemoryMessageStore store = new InMemoryMessageStore();
    store.appendAll(
        List.of(
            message(1, NOW.minus(Duration.ofDays(100))),
            message(2, NOW.minus(Duration.ofDays(95))),
            message(3, NOW.minus(Duration.ofDays(1)))));
    store.markImportant(MessageRef.of(-100, 2), true);
    CleanupService cleanup =
        new CleanupService(
            List.of(RetentionTargets.agedMessages(store, Duration.ofDays(90))),
            Clock.fixed(NOW, ZoneOffset.UTC));

    CleanupReport dryRun = cleanup.run(CleanupOptions.dryRunDefaults());
    assertThat(dryRun.kind(DataKind.MESSAGES).orElseThrow().remaining()).isEqualTo(1);
    assertThat(store.find(MessageRef.of(-100, 1))).isPresent();

    CleanupReport report = cleanup.run(CleanupOptions.DEFAULTS);

    assertThat(report.kind(DataKind.MESSAGES).orElseThrow().removed()).isEqualTo(1);
    assertThat(store.find(MessageRef.of(-100, 1))).isEmpty();
    assertThat(store.find(MessageRef.of(-100, 2))).isPresent();
    assertThat(store.find(MessageRef.of(-100, 3))).isPresent();
  }

  private static ChatMessage message(long id, Instant at) {
    return ChatMessage.text(MessageRef.of(-100, id), ALICE, at, "повідомлення " + id);
  }
}
