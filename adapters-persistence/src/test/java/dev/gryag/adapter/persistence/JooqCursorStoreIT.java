package dev.gryag.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gryag.adapter.persistence.DatabaseConfig.MigrationMode;
import dev.gryag.core.conversation.CursorStore;
import dev.gryag.core.conversation.CursorStoreContract;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link JooqCursorStore} against the core contract, plus what only a database can show. */
class JooqCursorStoreIT extends CursorStoreContract {

  @RegisterExtension static final FreshSchema db = new FreshSchema();

  @Override
  protected CursorStore newStore() {
    return new JooqCursorStore(db.empty());
  }

  @Test
  void positionsBeyondIntAreKept() {
    store.advance("import:result.json", 7_000_000_000L);

    assertThat(store.position("import:result.json")).isEqualTo(7_000_000_000L);
  }

  @Test
  void positionsAreDurableAcrossANewStoreAndPool() {
    store.advance("telegram:getUpdates", 42);

    try (PostgresDatabase reopened =
        PostgresDatabase.start(TestDatabases.config(db.schema(), MigrationMode.VALIDATE))) {
      assertThat(new JooqCursorStore(reopened).position("telegram:getUpdates")).isEqualTo(42);
    }
  }

  @Test
  void concurrentAdvancesKeepTheHighestAndReadersNeverSeeItGoBack() throws Exception {
    int writers = 8;
    int advancesEach = 200;
    AtomicLong highestWritten = new AtomicLong();
    CountDownLatch go = new CountDownLatch(1);
    List<Future<?>> tasks = new ArrayList<>();
    try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int w = 0; w < writers; w++) {
        tasks.add(
            threads.submit(() -> {
              go.await();
              for (int i = 0; i < advancesEach; i++) {
                long position = ThreadLocalRandom.current().nextLong(1, 1_000_000);
                store.advance("race", position);
                highestWritten.accumulateAndGet(position, Math::max);
              }
              return null;
            }));
      }
      tasks.add(
          threads.submit(() -> {
            go.await();
            long seen = 0;
            for (int i = 0; i < advancesEach; i++) {
              long now = store.position("race");
              assertThat(now).isGreaterThanOrEqualTo(seen);
              seen = now;
            }
            return null;
          }));
      go.countDown();
      for (Future<?> task : tasks) {
        task.get();
      }
    }

    assertThat(store.position("race")).isEqualTo(highestWritten.get());
  }

  @Test
  void badArgumentsAreRejectedBeforeTheDatabaseNamingTheValue() {
    assertThatThrownBy(() -> store.advance("telegram", -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
    assertThatThrownBy(() -> store.position(null)).isInstanceOf(NullPointerException.class);
  }
}
