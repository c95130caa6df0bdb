package dev.gryag.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract of {@link CursorStore}: implementations extend it with an empty store. */
public abstract class CursorStoreContract {

  /** A new, empty store. Called before each test. */
  protected abstract CursorStore newStore();

  protected CursorStore store;

  @BeforeEach
  void createStore() {
    store = newStore();
  }

  @Test
  void a_stream_never_advanced_is_at_zero() {
    assertThat(store.position("telegram:getUpdates")).isZero();
  }

  @Test
  void advancing_moves_the_cursor_forward() {
    store.advance("telegram:getUpdates", 41);
    store.advance("telegram:getUpdates", 57);

    assertThat(store.position("telegram:getUpdates")).isEqualTo(57);
  }

  @Test
  void a_lower_position_never_moves_the_cursor_back() {
    store.advance("telegram:getUpdates", 100);
    store.advance("telegram:getUpdates", 99);

    assertThat(store.position("telegram:getUpdates")).isEqualTo(100);
  }

  @Test
  void a_cursor_never_moved_has_no_time_and_one_moved_has_it() {
    assertThat(store.movedAt("telegram:getUpdates")).isEmpty();

    store.advance("telegram:getUpdates", 5);

    assertThat(store.movedAt("telegram:getUpdates")).isPresent();
    assertThat(store.movedAt("import:chat-42")).isEmpty();
  }

  @Test
  void a_restart_moves_the_cursor_back_on_purpose() {
    store.advance("telegram:getUpdates", 900_000);

    store.restart("telegram:getUpdates", 17);
    store.advance("telegram:getUpdates", 18);

    assertThat(store.position("telegram:getUpdates")).isEqualTo(18);
    assertThatThrownBy(() -> store.restart("telegram:getUpdates", -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void streams_are_independent() {
    store.advance("telegram:getUpdates", 10);

    assertThat(store.position("import:chat-42")).isZero();
  }

  @Test
  void a_negative_position_or_blank_stream_is_refused() {
    assertThatThrownBy(() -> store.advance("s", -1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.advance(" ", 1)).isInstanceOf(IllegalArgumentException.class);
    assertThat(store.position("s")).isZero();
  }

  @Test
  void racing_advances_end_at_the_highest_position() throws Exception {
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int offset = t;
        done.add(
            pool.submit(() -> {
              start.await();
              for (int i = 0; i < 200; i++) {
                store.advance("race", i * threads + offset);
              }
              return null;
            }));
      }
      start.countDown();
      for (Future<?> future : done) {
        future.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(store.position("race")).isEqualTo(199L * threads + threads - 1);
  }
}
