package dev.gryag.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gryag.core.StoreException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The database goes away mid-run and comes back: callers get a retryable error, then service. */
class PoolRecoveryIT {

  @TempDir Path home;

  @Test
  void operationsFailTransientlyWhileTheServerIsDownAndWorkAgainAfter() {
    TestDatabases.homeWithCluster(home);
    DatabaseConfig config =
        DatabaseConfig.fromEnvironment(
            Map.of(
                DatabaseConfig.HOME, home.toString(),
                DatabaseConfig.DB_CONNECT_TIMEOUT, "1s",
                DatabaseConfig.DB_POOL_SIZE, "3"));
    try (PostgresDatabase database = PostgresDatabase.start(config)) {
      JooqCursorStore store = new JooqCursorStore(database);
      store.advance("telegram:getUpdates", 10);

      database.embeddedServer().stop();

      assertThatThrownBy(() -> store.advance("telegram:getUpdates", 11))
          .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.isTransient()).isTrue())
          .hasMessageStartingWith("Advancing the cursor of 'telegram:getUpdates' failed");
      assertThatThrownBy(() -> store.position("telegram:getUpdates"))
          .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.isTransient()).isTrue());
      assertThat(database.isHealthy()).isFalse();

      database.embeddedServer().start();

      // The pool refills in the background with a backoff of up to 5 s that grew while the server
      // was away; with a 1 s connect timeout a first call may still time out (transiently).
      assertThat(firstSuccessfulRead(store)).isEqualTo(10);
      store.advance("telegram:getUpdates", 12);
      assertThat(store.position("telegram:getUpdates")).isEqualTo(12);
      assertThat(database.isHealthy()).isTrue();
    }
  }

  private static long firstSuccessfulRead(JooqCursorStore store) {
    StoreException last = null;
    for (int attempt = 0; attempt < 10; attempt++) {
      try {
        return store.position("telegram:getUpdates");
      } catch (StoreException e) {
        assertThat(e.isTransient()).as("a failure while the pool reconnects").isTrue();
        last = e;
      }
    }
    throw new AssertionError("the pool did not recover after 10 attempts", last);
  }
}
