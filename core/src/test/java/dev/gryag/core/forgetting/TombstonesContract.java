package dev.gryag.core.forgetting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link Tombstones} must have. Extend it with a factory for the implementation
 * under test; each test gets a fresh, empty store.
 */
public abstract class TombstonesContract {

  private static final ChatId CHAT = ChatId.of(-1001);
  private static final ChatId OTHER = ChatId.of(-1002);
  private static final UserId ALICE = UserId.of(11);
  private static final UserId BOB = UserId.of(12);
  private static final Instant T0 = Instant.parse("2025-03-01T12:00:00.123456Z");

  protected Tombstones store;

  /** A new, empty store. */
  protected abstract Tombstones newStore();

  @BeforeEach
  protected void createStore() {
    store = newStore();
  }

  @Test
  void nobodyIsForgottenAtFirst() {
    assertThat(store.find(CHAT, ALICE)).isEmpty();
    assertThat(store.forgottenIn(CHAT)).isEmpty();
  }

  @Test
  void aTombstoneOfAChatCountsThereOnlyAndComesBackEqual() {
    Tombstone tombstone = new Tombstone(ALICE, CHAT, T0);
    store.add(tombstone);

    assertThat(store.find(CHAT, ALICE)).contains(tombstone);
    assertThat(store.find(OTHER, ALICE)).isEmpty();
    assertThat(store.find(CHAT, BOB)).isEmpty();
    assertThat(store.forgottenIn(CHAT))
        .containsExactlyEntriesOf(java.util.Map.of(ALICE, tombstone));
    assertThat(store.forgottenIn(OTHER)).isEmpty();
  }

  @Test
  void aTombstoneOfEveryChatCountsInEachChat() {
    Tombstone everywhere = Tombstone.everywhere(BOB, T0);
    store.add(everywhere);

    assertThat(store.find(CHAT, BOB)).contains(everywhere);
    assertThat(store.find(OTHER, BOB)).contains(everywhere);
    assertThat(store.forgottenIn(OTHER)).containsEntry(BOB, everywhere).hasSize(1);
  }

  @Test
  void whereTwoApplyTheLaterCounts() {
    Tombstone inChat = new Tombstone(ALICE, CHAT, T0.plus(Duration.ofDays(1)));
    Tombstone everywhere = Tombstone.everywhere(ALICE, T0);
    store.add(inChat);
    store.add(everywhere);

    assertThat(store.find(CHAT, ALICE)).contains(inChat);
    assertThat(store.find(OTHER, ALICE)).contains(everywhere);
    assertThat(store.forgottenIn(CHAT)).containsEntry(ALICE, inChat);

    Tombstone laterEverywhere = Tombstone.everywhere(ALICE, T0.plus(Duration.ofDays(2)));
    store.add(laterEverywhere);
    assertThat(store.find(CHAT, ALICE)).contains(laterEverywhere);
    assertThat(store.forgottenIn(CHAT)).containsEntry(ALICE, laterEverywhere).hasSize(1);
  }

  @Test
  void forgettingAgainKeepsTheLaterTimeWhicheverComesFirst() {
    Tombstone first = new Tombstone(ALICE, CHAT, T0);
    Tombstone later = new Tombstone(ALICE, CHAT, T0.plus(Duration.ofHours(3)));
    store.add(first);
    store.add(later);
    store.add(first);

    assertThat(store.find(CHAT, ALICE)).contains(later);
    assertThat(store.forgottenIn(CHAT)).hasSize(1);
  }

  @Test
  void concurrentAddsKeepTheLatestOfEach() throws Exception {
    List<Future<?>> tasks = new ArrayList<>();
    try (ExecutorService threads = Executors.newFixedThreadPool(4)) {
      for (int t = 0; t < 4; t++) {
        int offset = t;
        tasks.add(
            threads.submit(() -> {
              for (int i = 0; i < 50; i++) {
                store.add(new Tombstone(ALICE, CHAT, T0.plusSeconds(i * 4L + offset)));
                store.add(Tombstone.everywhere(BOB, T0.plusSeconds(i * 4L + offset)));
              }
            }));
      }
      for (Future<?> task : tasks) {
        task.get();
      }
    }

    assertThat(store.find(CHAT, ALICE)).map(Tombstone::at).contains(T0.plusSeconds(199));
    assertThat(store.find(OTHER, BOB)).map(Tombstone::at).contains(T0.plusSeconds(199));
  }
}
